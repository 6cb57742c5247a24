package com.ally.orders.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The answer to a create that accepted an Idempotency-Key: the first one, or its replay. */
public record IdempotentAnswer(int status, String body, String location, boolean replayed) {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON).entity(body);
        if (location != null) {
            // Relative: resolved against the request's base URI, as Response.created does.
            response.location(java.net.URI.create(location));
        }
        if (replayed) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }
}
