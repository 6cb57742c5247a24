package com.ally.orders.returns;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.orders.access.Caller;
import com.ally.orders.problem.ApiException;
import com.ally.orders.problem.Problem;

@Path("/admin/returns")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.OPS)
@Tag(name = "Returns (ops)", description = "Receiving returned goods, shipping exchanges' replacements")
public class AdminReturnResource {

    private final ReturnService returns;

    public AdminReturnResource(ReturnService returns) {
        this.returns = returns;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One return")
    @APIResponse(responseCode = "200", description = "The return", content = @Content(schema = @Schema(implementation = ReturnView.Detail.class)))
    public ReturnView.Detail get(@PathParam("id") UUID id) {
        return returns.findForOps(id).orElseThrow(() -> ApiException.notFound("Return", id.toString()));
    }

    @POST
    @Path("{id}/receive")
    @Operation(summary = "The returned goods arrived", description = "REQUESTED -> RECEIVED. A return is refunded now (the "
            + "returned lines at the prices the order charged); so is an exchange whose replacement catalog REJECTED. An "
            + "exchange whose replacement is RESERVED is then shipped with POST .../replacement-shipment; one still PENDING "
            + "is refunded or becomes shippable on catalog's answer. Publishes ReturnReceived, on which catalog restocks "
            + "the lines that are not DEFECTIVE.")
    @APIResponse(responseCode = "200", description = "The return", content = @Content(schema = @Schema(implementation = ReturnView.Detail.class)))
    @APIResponse(responseCode = "409", description = "Already received (ILLEGAL_TRANSITION)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ReturnView.Detail receive(@PathParam("id") UUID id) {
        return returns.receive(id);
    }

    @POST
    @Path("{id}/replacement-shipment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ship an exchange's replacement", description = "replacementStatus RESERVED -> SHIPPED, with the "
            + "tracking number, once the returned goods are RECEIVED. Publishes ReplacementShipped "
            + "(`ally.orders.return.replacement-shipped.v1`), on which catalog commits the replacement's reservation. "
            + "A plain return, a replacement still PENDING, REJECTED or already SHIPPED, or goods not yet received: 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReturnView.ShipReplacement.class),
            examples = @ExampleObject(name = "tracking", value = "{\"trackingNumber\": \"1Z999AA10123456785\"}")))
    @APIResponse(responseCode = "200", description = "The return, its replacement SHIPPED", content = @Content(
            schema = @Schema(implementation = ReturnView.Detail.class), examples = @ExampleObject(name = "shipped", value = SHIPPED)))
    @APIResponse(responseCode = "409", description = "Not an exchange, the replacement is not RESERVED (PENDING, REJECTED or "
            + "already SHIPPED), or the goods are not received yet (ILLEGAL_TRANSITION, naming the field)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "alreadyShipped",
            value = ALREADY_SHIPPED)))
    public ReturnView.Detail shipReplacement(@PathParam("id") UUID id, @Valid @NotNull ReturnView.ShipReplacement request) {
        return returns.shipReplacement(id, request.trackingNumber());
    }

    static final String SHIPPED = """
            {"id": "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d", "orderId": "2f1e0d9c-8b7a-4654-a3b2-c1d0e9f8a7b6",
             "kind": "EXCHANGE", "status": "RECEIVED", "allowedTransitions": [],
             "lines": [{"lineId": "9c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e", "sku": "FFL-BLKSUE-075-W", "styleSlug": "forever-flat",
                        "size": 7.5, "width": "WIDE", "quantity": 1, "reason": "TOO_SMALL"}],
             "replacements": [{"sku": "FFL-BLKSUE-080-W", "size": 8, "width": "WIDE", "quantity": 1}],
             "replacementStatus": "SHIPPED", "replacementAllowedTransitions": [],
             "replacementTrackingNumber": "1Z999AA10123456785", "replacementShippedAt": "2026-11-27T10:02:11Z",
             "createdAt": "2026-11-24T16:49:55Z", "receivedAt": "2026-11-26T09:15:00Z"}""";

    static final String ALREADY_SHIPPED = """
            {"type": "https://docs.ally.example/problems/illegal-transition", "title": "Conflict", "status": 409,
             "code": "ILLEGAL_TRANSITION", "detail": "The replacement cannot go from SHIPPED to SHIPPED",
             "instance": "/admin/returns/6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d/replacement-shipment",
             "requestId": "3f9c2a51-6c1e-4c1e-9a57-0d4f3f0b2a11",
             "errors": [{"field": "replacementStatus", "message": "is SHIPPED; only a RESERVED replacement ships"}]}""";
}
