package com.ally.content.author;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.content.http.Conditional;
import com.ally.content.http.Preconditions;
import com.ally.content.paging.PageRequest;
import com.ally.content.problem.ApiException;
import com.ally.content.problem.Problem;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "The people who write the blog")
public class AuthorResource {

    private final AuthorService authors;
    private final Conditional conditional;

    public AuthorResource(AuthorService authors, Conditional conditional) {
        this.authors = authors;
        this.conditional = conditional;
    }

    @GET
    @Path("authors")
    @Operation(summary = "List authors", description = "In slug order, paged with an opaque cursor.")
    @APIResponse(responseCode = "200", description = "One page of authors", content = @Content(schema = @Schema(implementation = AuthorView.Page.class)))
    public Response list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context Request request) {
        return conditional.ok(request, authors.list(PageRequest.of(limit, cursor)));
    }

    @GET
    @Path("authors/{slug}")
    @Operation(summary = "One author by slug")
    @APIResponse(responseCode = "200", description = "The author", content = @Content(schema = @Schema(implementation = AuthorView.Detail.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match ETag")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return authors.find(slug).map(a -> conditional.ok(request, AuthorView.of(a)))
                .orElseThrow(() -> ApiException.notFound("Author", slug));
    }

    @GET
    @Path("admin/authors/{slug}")
    @RolesAllowed("content-editor")
    @Operation(summary = "One author for editing", description = "The ETag is the version to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The author", content = @Content(schema = @Schema(implementation = AuthorView.Detail.class)))
    public Response edit(@PathParam("slug") String slug) {
        return authors.find(slug).map(a -> Response.ok(AuthorView.of(a)).tag(Conditional.versionTag(a.version)).build())
                .orElseThrow(() -> ApiException.notFound("Author", slug));
    }

    @POST
    @Path("admin/authors")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("content-editor")
    @Operation(summary = "Create an author")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AuthorView.Detail.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken (DUPLICATE_SLUG)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@Valid @NotNull AuthorView.Request request) {
        AuthorView.Detail created = authors.create(request);
        return Response.created(URI.create("authors/" + created.slug())).entity(created).tag(Conditional.versionTag(0)).build();
    }

    @PUT
    @Path("admin/authors/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("content-editor")
    @Operation(summary = "Change an author's name, role and bio", description = "Needs If-Match with the ETag last read; the slug stays.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = AuthorView.Detail.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since (PRECONDITION_FAILED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "No If-Match (PRECONDITION_REQUIRED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AuthorView.Request request) {
        long expected = Preconditions.requiredVersion(ifMatch);
        AuthorView.Detail changed = authors.update(slug, request, expected);
        return Response.ok(changed).tag(Conditional.versionTag(expected + 1)).build();
    }
}
