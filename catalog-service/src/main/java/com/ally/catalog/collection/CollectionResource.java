package com.ally.catalog.collection;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.catalog.http.Conditional;
import com.ally.catalog.paging.PageRequest;
import com.ally.catalog.problem.ApiException;
import com.ally.catalog.problem.Problem;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collections", description = "Curated groups of styles")
public class CollectionResource {

    private final CollectionService collections;
    private final Conditional conditional;
    private final JsonWebToken token;

    public CollectionResource(CollectionService collections, Conditional conditional, JsonWebToken token) {
        this.collections = collections;
        this.conditional = conditional;
        this.token = token;
    }

    @GET
    @Path("collections")
    @Operation(summary = "List collections", description = "In slug order, paged with an opaque cursor.")
    @APIResponse(responseCode = "200", description = "One page of collections")
    public Response list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context Request request) {
        return conditional.ok(request, collections.list(PageRequest.of(limit, cursor)));
    }

    @GET
    @Path("collections/{slug}")
    @Operation(summary = "One collection by slug")
    @APIResponse(responseCode = "200", description = "The collection", content = @Content(schema = @Schema(implementation = CollectionView.Detail.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match ETag")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return collections.find(slug).map(c -> conditional.ok(request, c))
                .orElseThrow(() -> ApiException.notFound("Collection", slug));
    }

    @POST
    @Path("admin/collections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("catalog-admin")
    @Operation(summary = "Create a collection")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CollectionView.Detail.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken (DUPLICATE_SLUG)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@Valid @NotNull CollectionView.Request request) {
        CollectionView.Detail created = collections.create(request, token.getSubject());
        return Response.created(URI.create("collections/" + created.slug())).entity(created).build();
    }
}
