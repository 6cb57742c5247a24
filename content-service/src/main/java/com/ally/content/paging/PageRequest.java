package com.ally.content.paging;

import java.util.Map;

import com.ally.content.problem.ApiException;

/** A checked {@code ?limit=&cursor=} pair: limit 1 to 100, default 24. */
public record PageRequest(int limit, Map<String, String> after) {

    public static final int DEFAULT_LIMIT = 24;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, Cursor.decode(cursor));
    }

    public boolean first() {
        return after.isEmpty();
    }
}
