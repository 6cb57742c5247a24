package com.ally.fit.problem;

/** One offending field of a request, by its JSON path ({@code colourways[0].price.amount}). */
public record FieldError(String field, String message) {
}
