package com.ally.orders.order;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import com.ally.orders.access.Caller;
import com.ally.orders.paging.Page;
import com.ally.orders.paging.PageRequest;
import com.ally.orders.problem.ApiException;
import com.ally.orders.problem.Problem;

@Path("/admin/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.OPS)
@Tag(name = "Orders (ops)", description = "Finding, shipping, delivering and cancelling orders")
public class AdminOrderResource {

    private final OrderService orders;
    private final ObjectMapper json;
    private final Validator validator;

    public AdminOrderResource(OrderService orders, ObjectMapper json, Validator validator) {
        this.orders = orders;
        this.json = json;
        this.validator = validator;
    }

    @GET
    @Operation(summary = "All orders, filtered", description = "Newest first. Filters: status, from/to (creation time, "
            + "ISO-8601, to exclusive), email (exact, any case). Paged with an opaque cursor.")
    @APIResponse(responseCode = "200", description = "One page of orders")
    public Page<OrderView.Summary> list(@QueryParam("status") String status, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("email") String email, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        OrderFilter filter = new OrderFilter(status(status), instant("from", from), instant("to", to), email, null);
        return orders.list(filter, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One order")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = OrderView.Detail.class)))
    public OrderView.Detail get(@PathParam("id") UUID id) {
        return orders.findForOps(id).orElseThrow(() -> ApiException.notFound("Order", id.toString()));
    }

    @POST
    @Path("{id}/ship")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a PAID order SHIPPED", description = "Catalog commits the stock when it reads OrderShipped.")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = OrderView.Detail.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the order's status (ILLEGAL_TRANSITION)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public OrderView.Detail ship(@PathParam("id") UUID id, @Valid @NotNull OrderView.Ship request) {
        return orders.ship(id, request.trackingNumber());
    }

    @POST
    @Path("{id}/deliver")
    @Operation(summary = "Mark a SHIPPED order DELIVERED")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = OrderView.Detail.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the order's status (ILLEGAL_TRANSITION)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public OrderView.Detail deliver(@PathParam("id") UUID id) {
        return orders.deliver(id);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a PENDING, CONFIRMED or PAID order", description = "Catalog releases reserved stock; a paid order's total is recorded as refunded. The body is optional.")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = OrderView.Detail.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the order's status (ILLEGAL_TRANSITION)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.Cancel.class)))
    public OrderView.Detail cancel(@PathParam("id") UUID id, byte[] body) throws IOException {
        // The body is optional, so it is read by hand: a bodiless POST carries no Content-Type.
        OrderView.Cancel request = body == null || body.length == 0 ? null : json.readValue(body, OrderView.Cancel.class);
        if (request != null) {
            var violations = validator.validate(request);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        }
        return orders.cancel(id, request == null ? null : request.reason());
    }

    private static OrderStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("status", "must be one of " + Arrays.toString(OrderStatus.values()));
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "must be an ISO-8601 UTC time such as 2026-11-24T00:00:00Z");
        }
    }
}
