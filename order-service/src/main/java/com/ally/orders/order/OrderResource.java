package com.ally.orders.order;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.orders.access.Caller;
import com.ally.orders.cart.CartResource;
import com.ally.orders.idempotency.IdempotentAnswer;
import com.ally.orders.paging.Page;
import com.ally.orders.paging.PageRequest;
import com.ally.orders.problem.ApiException;
import com.ally.orders.problem.Problem;

@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders", description = "Checkout and a shopper's own orders")
public class OrderResource {

    public static final String ORDER_TOKEN = "X-Order-Token";

    private final OrderService orders;
    private final Caller caller;
    private final JsonWebToken token;

    public OrderResource(OrderService orders, Caller caller, JsonWebToken token) {
        this.orders = orders;
        this.caller = caller;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check out a cart", description = "Creates a PENDING order from the caller's cart (customer token or "
            + "X-Cart-Token). The Idempotency-Key header is required: the same key and body replay the first answer "
            + "with Idempotent-Replayed: true; the same key with another body is 422. A guest's answer carries the "
            + "`orderToken` to read the order with X-Order-Token.")
    @APIResponse(responseCode = "201", description = "The order, PENDING until catalog reserves the stock",
            headers = @Header(name = IdempotentAnswer.REPLAYED, description = "true when this is the replay of an earlier answer"),
            content = @Content(schema = @Schema(implementation = OrderView.Detail.class)))
    @APIResponse(responseCode = "409", description = "The cart is empty, already checked out, or holds a retired SKU (CART_EMPTY, CART_CHECKED_OUT, SKU_RETIRED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body (IDEMPOTENCY_KEY_REUSED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response checkout(@HeaderParam(IdempotentAnswer.HEADER) @Parameter(required = true, description = "A unique key per checkout attempt") String key,
            @HeaderParam(CartResource.CART_TOKEN) String cartToken, @Valid @NotNull OrderView.Checkout request) {
        return orders.checkout(request, caller.customerId(), cartToken, key).toResponse();
    }

    @GET
    @RolesAllowed(Caller.CUSTOMER)
    @Operation(summary = "The signed-in customer's orders", description = "Newest first, paged with an opaque cursor.")
    @APIResponse(responseCode = "200", description = "One page of orders")
    public Page<OrderView.Summary> mine(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return orders.listOwn(token.getSubject(), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One order", description = "A customer's own order (another's is 404), or a guest's with X-Order-Token.")
    @APIResponse(responseCode = "200", description = "The order", content = @Content(schema = @Schema(implementation = OrderView.Detail.class)))
    public OrderView.Detail get(@PathParam("id") UUID id, @HeaderParam(ORDER_TOKEN) @Parameter(description = "A guest's order token") String orderToken) {
        var customer = caller.customerId();
        if (customer.isEmpty() && orderToken == null) {
            throw new ApiException(401, "UNAUTHORIZED", "Unauthorized", "Send a customer's bearer token or the order's X-Order-Token");
        }
        return orders.find(id, customer, orderToken).orElseThrow(() -> ApiException.notFound("Order", id.toString()));
    }
}
