package com.ally.orders.cart;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.orders.access.Caller;
import com.ally.orders.problem.Problem;

@Path("/carts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Carts", description = "Anonymous carts (X-Cart-Token) and customer carts (bearer token)")
public class CartResource {

    public static final String CART_TOKEN = "X-Cart-Token";

    private final CartService carts;
    private final Caller caller;

    public CartResource(CartService carts, Caller caller) {
        this.carts = carts;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Start a cart", description = "With a customer's bearer token the cart is theirs; without one "
            + "the answer carries a `token` that must be sent back as X-Cart-Token.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CartView.Detail.class)))
    public Response create() {
        CartView.Detail cart = carts.create(caller.customerId());
        return Response.created(URI.create("carts/" + cart.id())).entity(cart).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A cart with its prices and total")
    @APIResponse(responseCode = "200", description = "The cart", content = @Content(schema = @Schema(implementation = CartView.Detail.class)))
    public CartView.Detail get(@PathParam("id") UUID id, @HeaderParam(CART_TOKEN) @Parameter(description = "The anonymous cart's token") String token) {
        return carts.find(id, caller.customerId(), token);
    }

    @POST
    @Path("{id}/lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add pairs of a SKU", description = "Adds to the line of that SKU; a line holds 1 to 10 pairs.")
    @APIResponse(responseCode = "200", description = "The cart", content = @Content(schema = @Schema(implementation = CartView.Detail.class)))
    @APIResponse(responseCode = "409", description = "The cart became an order (CART_CHECKED_OUT)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CartView.Detail add(@PathParam("id") UUID id, @HeaderParam(CART_TOKEN) String token,
            @Valid @NotNull CartView.LineRequest line) {
        return carts.addLine(id, caller.customerId(), token, line);
    }

    @PUT
    @Path("{id}/lines/{sku}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the quantity of a SKU's line")
    @APIResponse(responseCode = "200", description = "The cart", content = @Content(schema = @Schema(implementation = CartView.Detail.class)))
    @APIResponse(responseCode = "409", description = "The cart became an order (CART_CHECKED_OUT)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CartView.Detail set(@PathParam("id") UUID id, @PathParam("sku") String sku, @HeaderParam(CART_TOKEN) String token,
            @Valid @NotNull CartView.QuantityRequest request) {
        return carts.setLine(id, caller.customerId(), token, sku, request.quantity());
    }

    @DELETE
    @Path("{id}/lines/{sku}")
    @Operation(summary = "Remove a SKU's line")
    @APIResponse(responseCode = "200", description = "The cart", content = @Content(schema = @Schema(implementation = CartView.Detail.class)))
    public CartView.Detail remove(@PathParam("id") UUID id, @PathParam("sku") String sku, @HeaderParam(CART_TOKEN) String token) {
        return carts.removeLine(id, caller.customerId(), token, sku);
    }
}
