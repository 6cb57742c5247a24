package com.ally.catalog.http;

/** An admin answer with the row version its ETag carries. */
public record Versioned<T>(T body, long version) {
}
