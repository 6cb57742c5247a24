package com.ally.catalog.collection;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.catalog.http.Conditional;
import com.ally.catalog.idempotency.Idempotency;
import com.ally.catalog.paging.PageRequest;
import com.ally.catalog.problem.ApiException;
import com.ally.catalog.problem.Problem;
import com.ally.catalog.style.StyleService;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collections", description = "Curated, ordered groups of styles")
public class CollectionResource {

    private final CollectionService collections;
    private final StyleService styles;
    private final Conditional conditional;
    private final JsonWebToken token;

    public CollectionResource(CollectionService collections, StyleService styles, Conditional conditional,
            JsonWebToken token) {
        this.collections = collections;
        this.styles = styles;
        this.conditional = conditional;
        this.token = token;
    }

    @GET
    @Path("collections")
    @Operation(summary = "List collections", description = "In slug order, paged with an opaque cursor.")
    @APIResponse(responseCode = "200", description = "One page of collections")
    public Response list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context Request request,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(limit, cursor);
        return conditional.cached(request, uri, () -> collections.list(page));
    }

    @GET
    @Path("collections/{slug}")
    @Operation(summary = "One collection by slug, with its public styles in order")
    @APIResponse(responseCode = "200", description = "The collection", content = @Content(schema = @Schema(implementation = CollectionView.Public.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match ETag")
    public Response get(@PathParam("slug") String slug, @Context Request request, @Context UriInfo uri) {
        return conditional.cached(request, uri, () -> {
            Collection collection = collections.find(slug).orElseThrow(() -> ApiException.notFound("Collection", slug));
            return new CollectionView.Public(collection.id.toString(), collection.slug, collection.name,
                    collection.description, styles.summaries(collections.memberIds(collection.id, true)), collection.updatedAt);
        });
    }

    @GET
    @Path("admin/collections/{slug}")
    @RolesAllowed("catalog-admin")
    @Operation(summary = "One collection with all its members (any status); the ETag is its version")
    @APIResponse(responseCode = "200", description = "The collection", content = @Content(schema = @Schema(implementation = CollectionView.Detail.class)))
    public Response adminGet(@PathParam("slug") String slug) {
        var found = collections.findDetail(slug).orElseThrow(() -> ApiException.notFound("Collection", slug));
        return Response.ok(found.body()).tag(Conditional.versionTag(found.version())).build();
    }

    @POST
    @Path("admin/collections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("catalog-admin")
    @Operation(summary = "Create a collection", description = "Optionally with its member styles, in order. Send an Idempotency-Key"
            + " to make retries safe: the same key and body replay the first answer (Idempotent-Replayed: true), the same key with"
            + " another body is 422; keys are kept 24 h.")
    @APIResponse(responseCode = "201", description = "Created (or replayed, with Idempotent-Replayed: true)", content = @Content(schema = @Schema(implementation = CollectionView.Detail.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken (DUPLICATE_SLUG)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@Valid @NotNull CollectionView.Request request,
            @Parameter(description = "any unique string (1 to 200 characters), e.g. a UUID per intended create",
                    example = "3f9c2a1e-collection-bridal") @HeaderParam(Idempotency.HEADER) String key) {
        Idempotency.Answer answer = collections.create(request, key, token.getSubject());
        Response.ResponseBuilder response = answer.response().location(URI.create("collections/" + request.slug()));
        // A replay has no ETag: the collection may have changed since; GET it for its version.
        return answer.replayed() ? response.build() : versioned(response, request.slug());
    }

    @PUT
    @Path("admin/collections/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("catalog-admin")
    @Operation(summary = "Update a collection", description = "Name, description and, when given, the ordered members (add, remove, reorder in one go). If-Match with the version ETag guards against lost updates.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = CollectionView.Detail.class)))
    @APIResponse(responseCode = "412", description = "Changed since read (PRECONDITION_FAILED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CollectionView.Update request) {
        return versioned(Response.ok(collections.update(slug, request, ifMatch, token.getSubject())), slug);
    }

    @POST
    @Path("admin/collections/{slug}/styles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("catalog-admin")
    @Operation(summary = "Add a style to a collection (or move it)", description = "At `position` (0-based) or at the end.")
    @APIResponse(responseCode = "200", description = "The collection with its new order", content = @Content(schema = @Schema(implementation = CollectionView.Detail.class)))
    public Response addStyle(@PathParam("slug") String slug, @Valid @NotNull CollectionView.Member member) {
        return versioned(Response.ok(collections.addStyle(slug, member, token.getSubject())), slug);
    }

    @DELETE
    @Path("admin/collections/{slug}/styles/{styleSlug}")
    @RolesAllowed("catalog-admin")
    @Operation(summary = "Remove a style from a collection")
    @APIResponse(responseCode = "200", description = "The collection without it", content = @Content(schema = @Schema(implementation = CollectionView.Detail.class)))
    public Response removeStyle(@PathParam("slug") String slug, @PathParam("styleSlug") String styleSlug) {
        return versioned(Response.ok(collections.removeStyle(slug, styleSlug, token.getSubject())), slug);
    }

    private Response versioned(Response.ResponseBuilder response, String slug) {
        return response.tag(Conditional.versionTag(collections.version(slug))).build();
    }
}
