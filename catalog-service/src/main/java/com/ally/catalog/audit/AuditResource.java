package com.ally.catalog.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.catalog.paging.Page;
import com.ally.catalog.paging.PageRequest;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, and when (catalog-admin)")
public class AuditResource {

    private final Audit audit;

    public AuditResource(Audit audit) {
        this.audit = audit;
    }

    @GET
    @Path("admin/audit")
    @RolesAllowed("catalog-admin")
    @Operation(summary = "The change log, newest first", description = "Filter by `entity` (style, collection, sku, stock-import) and `entityId`.")
    @APIResponse(responseCode = "200", description = "One page of entries")
    public Page<AuditEntry> list(@QueryParam("entity") String entity, @QueryParam("entityId") String entityId,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return audit.list(entity, entityId, PageRequest.of(limit, cursor));
    }
}
