package com.ally.orders.problem;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import com.ally.orders.request.RequestId;

/**
 * The one place that turns exceptions into problem+json. Never puts a stack trace, SQL or a
 * class name into an answer: what the client cannot act on is logged and answered as a 500.
 */
@ApplicationScoped
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return respond(e.status(), e.code(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return respond(400, "VALIDATION_FAILED", "Invalid request", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException u) {
            String field = pathOf(u);
            return respond(400, "UNKNOWN_FIELD", "Invalid request", "'" + field + "' is not a known field", uri,
                    List.of(new FieldError(field, "is not a known field")));
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = pathOf(m);
            return respond(400, "VALIDATION_FAILED", "Invalid request", "'" + field + "' has the wrong type or value",
                    uri, List.of(new FieldError(field, "has the wrong type or value")));
        }
        return respond(400, "MALFORMED_JSON", "Malformed request body", "The body is not valid JSON", uri,
                List.of(new FieldError("body", "is not valid JSON")));
    }

    // Quarkus brings its own mappers for these two; ours must be as specific to win.
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    /** Two writers changed one row at once; the loser may simply retry. */
    @ServerExceptionMapper
    public Response concurrent(jakarta.persistence.OptimisticLockException e, UriInfo uri) {
        return respond(409, "CONCURRENT_UPDATE", "Conflict", "Someone else changed this at the same time; retry", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(401, "UNAUTHORIZED", "Unauthorized", "A valid bearer token is required", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return respond(401, "UNAUTHORIZED", "Unauthorized", "A valid bearer token is required", uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "FORBIDDEN", "Forbidden", "Your role does not allow this operation", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 404 -> respond(404, "NOT_FOUND", "Not found", "No such resource", uri, List.of());
            case 405 -> respond(405, "METHOD_NOT_ALLOWED", "Method not allowed",
                    "This resource does not support that method", uri, List.of());
            case 406 -> respond(406, "NOT_ACCEPTABLE", "Not acceptable", "This resource answers application/json",
                    uri, List.of());
            case 415 -> respond(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type",
                    "Send the body as application/json", uri, List.of(new FieldError("Content-Type", "is not supported")));
            case 413 -> respond(413, "PAYLOAD_TOO_LARGE", "Payload too large", "The body is too large", uri, List.of());
            default -> status < 500
                    ? respond(status, "BAD_REQUEST", "Bad request", "The request could not be understood", uri, List.of())
                    : internal(e, uri);
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        return internal(e, uri);
    }

    private Response internal(Exception e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(500, "INTERNAL_ERROR", "Internal error",
                "Something went wrong on our side; quote the requestId when you report it", uri, List.of());
    }

    private static Response respond(int status, String code, String title, String detail, UriInfo uri,
            List<FieldError> errors) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem problem = Problem.of(status, code, title, detail, instance, RequestId.current(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * {@code create.request.colourways[0].price} becomes {@code colourways[0].price}: the names of a
     * body's properties, or the parameter's own name for a query, path or header parameter.
     */
    static String fieldOf(Path path) {
        String parameter = null;
        StringBuilder properties = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> {
                    parameter = node.getName();
                    properties.setLength(0);
                }
                case PROPERTY, CONTAINER_ELEMENT, BEAN -> {
                    // Bean Validation puts an element's index on the node that follows the list.
                    if (node.isInIterable()) {
                        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                        properties.append('[').append(at).append(']');
                    }
                    String name = node.getName();
                    if (name != null && !name.startsWith("<")) {
                        if (!properties.isEmpty()) {
                            properties.append('.');
                        }
                        properties.append(name);
                    }
                }
                default -> {
                }
            }
        }
        if (!properties.isEmpty()) {
            return properties.toString();
        }
        return parameter == null ? "body" : parameter;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
