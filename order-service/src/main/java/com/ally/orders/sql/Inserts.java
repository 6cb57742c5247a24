package com.ally.orders.sql;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Rows for several tables that go to PostgreSQL as one statement: each table's insert becomes a
 * data-modifying CTE ahead of the last insert. On the checkout path this is one round trip where
 * Hibernate's flush took one per table, and it skips the flush's bookkeeping for rows this
 * transaction never reads back. The rows bypass the persistence context: only for new rows that
 * nothing loads again in the same transaction.
 */
public final class Inserts {

    private final StringBuilder tables = new StringBuilder();
    private final List<Object> values = new ArrayList<>();

    /** Adds one row to {@code table}: the values in the order of {@code columns}. */
    public Inserts row(String table, String columns, Object... row) {
        return rows(table, columns, List.<Object[]>of(row));
    }

    /** Adds rows to {@code table}, each with its values in the order of {@code columns}. */
    public Inserts rows(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return this;
        }
        tables.append(tables.isEmpty() ? "with " : ", ").append("w").append(values.size())
                .append(" as (insert into ").append(table).append(" (").append(columns).append(") values ");
        for (int r = 0; r < rows.size(); r++) {
            tables.append(r == 0 ? "(" : ", (");
            for (int c = 0; c < rows.get(r).length; c++) {
                tables.append(c == 0 ? "?" : ", ?");
                values.add(rows.get(r)[c]);
            }
            tables.append(')');
        }
        tables.append(')');
        return this;
    }

    /**
     * Runs the rows added so far and then {@code last} (a statement with {@code ?} placeholders) as
     * one statement in the transaction of {@code em}, after what the transaction changed through
     * Hibernate (flushed first, as Hibernate's own native queries do): statements reach PostgreSQL in
     * the order the code made them, so a row here may refer to one persisted before.
     *
     * @return the row count of {@code last}
     */
    public int execute(EntityManager em, String last, Object... lastValues) {
        String sql = tables.isEmpty() ? last : tables + " " + last;
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Parameters.bind(statement, Parameters.bind(statement, 1, values), Arrays.asList(lastValues)); // not List.of: a value may be null
                return statement.executeUpdate();
            }
        });
    }
}
