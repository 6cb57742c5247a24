package com.ally.orders.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, as every error of this service is answered. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "https://docs.ally.example/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "VALIDATION_FAILED") String code,
        @Schema(example = "1 field is invalid") String detail,
        @Schema(example = "/api/orders/...") String instance,
        @Schema(example = "3f9c2a51-6c1e-4c1e-9a57-0d4f3f0b2a11") String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://docs.ally.example/problems/";

    public static Problem of(int status, String code, String title, String detail, String instance,
            String requestId, List<FieldError> errors) {
        String type = TYPE_BASE + code.toLowerCase().replace('_', '-');
        return new Problem(type, title, status, code, detail, instance, requestId, errors);
    }
}
