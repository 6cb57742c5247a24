package com.ally.orders.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;

/** Java values as the parameters of a statement run over plain JDBC, bound as Hibernate would bind them. */
public final class Parameters {

    private Parameters() {
    }

    /** Binds {@code values} to the statement's parameters from {@code first} on; returns the next index. */
    public static int bind(PreparedStatement statement, int first, Iterable<?> values) throws SQLException {
        int index = first;
        for (Object value : values) {
            bind(statement, index++, value);
        }
        return index;
    }

    public static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER); // typed by PostgreSQL from the column
        } else if (value instanceof Instant instant) {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else {
            statement.setObject(index, value);
        }
    }
}
