package com.ally.orders.returns;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.orders.access.Caller;
import com.ally.orders.problem.ApiException;
import com.ally.orders.problem.Problem;

@Path("/admin/returns")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.OPS)
@Tag(name = "Returns (ops)", description = "Receiving returned goods")
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
    @Operation(summary = "The returned goods arrived", description = "RECEIVED: a return's refund is recorded; an exchange "
            + "whose replacements catalog reserved gets its replacement shipment (a refund if they could not be reserved). "
            + "Publishes ReturnReceived, on which catalog restocks the lines that are not DEFECTIVE.")
    @APIResponse(responseCode = "200", description = "The return", content = @Content(schema = @Schema(implementation = ReturnView.Detail.class)))
    @APIResponse(responseCode = "409", description = "Already received (ILLEGAL_TRANSITION)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ReturnView.Detail receive(@PathParam("id") UUID id) {
        return returns.receive(id);
    }
}
