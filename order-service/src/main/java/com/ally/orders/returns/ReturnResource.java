package com.ally.orders.returns;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.orders.access.Caller;
import com.ally.orders.idempotency.IdempotentAnswer;
import com.ally.orders.order.OrderResource;
import com.ally.orders.order.OrderService;
import com.ally.orders.problem.ApiException;
import com.ally.orders.problem.Problem;

@Path("/orders/{orderId}/returns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Returns", description = "Returns and exchanges of delivered orders")
public class ReturnResource {

    private final ReturnService returns;
    private final OrderService orders;
    private final Caller caller;

    public ReturnResource(ReturnService returns, OrderService orders, Caller caller) {
        this.returns = returns;
        this.orders = orders;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return or exchange pairs of a delivered order", description = "Within 30 days of delivery, by the "
            + "customer (bearer token) or the guest (X-Order-Token). A line with `exchangeFor` asks for the same colourway "
            + "in another size and/or width, which makes the request an EXCHANGE. Idempotency-Key required.")
    @APIResponse(responseCode = "201", description = "The return, REQUESTED",
            headers = @Header(name = IdempotentAnswer.REPLAYED, description = "true when this is the replay of an earlier answer"),
            content = @Content(schema = @Schema(implementation = ReturnView.Detail.class)))
    @APIResponse(responseCode = "409", description = "Not delivered, or the 30 days are over (NOT_RETURNABLE)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body (IDEMPOTENCY_KEY_REUSED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response request(@PathParam("orderId") UUID orderId,
            @HeaderParam(IdempotentAnswer.HEADER) @Parameter(required = true) String key,
            @HeaderParam(OrderResource.ORDER_TOKEN) String orderToken, @Valid @NotNull ReturnView.Request request) {
        return returns.request(orderId, caller.customerId(), orderToken, key, request).toResponse();
    }

    @GET
    @Path("{returnId}")
    @Operation(summary = "One return of the caller's order")
    @APIResponse(responseCode = "200", description = "The return", content = @Content(schema = @Schema(implementation = ReturnView.Detail.class)))
    public ReturnView.Detail get(@PathParam("orderId") UUID orderId, @PathParam("returnId") UUID returnId,
            @HeaderParam(OrderResource.ORDER_TOKEN) String orderToken) {
        var customer = caller.customerId();
        if (customer.isEmpty() && orderToken == null) {
            throw new ApiException(401, "UNAUTHORIZED", "Unauthorized", "Send a customer's bearer token or the order's X-Order-Token");
        }
        orders.find(orderId, customer, orderToken).orElseThrow(() -> ApiException.notFound("Order", orderId.toString()));
        return returns.find(orderId, returnId).orElseThrow(() -> ApiException.notFound("Return", returnId.toString()));
    }
}
