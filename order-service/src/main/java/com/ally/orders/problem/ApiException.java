package com.ally.orders.problem;

import java.util.List;

/**
 * A failure the client can act on: carries the HTTP status and the stable {@code code} that
 * clients branch on. Domain exceptions extend it; {@link ProblemMapper} renders it.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String code, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public ApiException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(404, "NOT_FOUND", "Not found", what + " '" + id + "' does not exist");
    }

    public static ApiException conflict(String code, String detail, String field) {
        return new ApiException(409, code, "Conflict", detail, List.of(new FieldError(field, detail)));
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(400, "VALIDATION_FAILED", "Invalid request", "1 field is invalid",
                List.of(new FieldError(field, message)));
    }

    /** A 400 with its own stable code, for a value that is well-formed but not acceptable. */
    public static ApiException invalid(String code, String field, String message, String detail) {
        return new ApiException(400, code, "Invalid request", detail, List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
