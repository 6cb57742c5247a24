package com.ally.content.post;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.UUID;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.content.http.Conditional;
import com.ally.content.http.Preconditions;
import com.ally.content.idempotency.IdempotencyKeys;
import com.ally.content.paging.PageRequest;
import com.ally.content.problem.ApiException;
import com.ally.content.problem.Problem;

/** Editors write posts and move them through their lifecycle. */
@Path("/admin/posts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("content-editor")
@Tag(name = "Posts (editors)", description = "Writing, scheduling, publishing and archiving posts")
public class PostAdminResource {

    private final PostService posts;
    private final JsonWebToken token;

    public PostAdminResource(PostService posts, JsonWebToken token) {
        this.posts = posts;
        this.token = token;
    }

    @GET
    @Operation(summary = "List posts in any status", description = "Newest first, paged with an opaque cursor.")
    @APIResponse(responseCode = "200", description = "One page of posts", content = @Content(schema = @Schema(implementation = PostView.AdminPage.class)))
    public Response list(@Parameter(description = "Only this status", example = "DRAFT") @QueryParam("status") PostStatus status,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return Response.ok(posts.list(status, PageRequest.of(limit, cursor))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a new post (a DRAFT)", description = "Accepts Idempotency-Key: the same key and body replay the first answer.")
    @APIResponse(responseCode = "201", description = "Created; the ETag is the version", content = @Content(schema = @Schema(implementation = PostView.Detail.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken (DUPLICATE_SLUG)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", description = "The body is over 200 KB (PAYLOAD_TOO_LARGE, field body)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body (IDEMPOTENCY_KEY_REUSED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull PostView.Request request) {
        PostService.Created created = posts.create(request, idempotencyKey, token.getSubject());
        if (created.replay() != null) {
            IdempotencyKeys.Replay replay = created.replay();
            return Response.status(replay.status()).location(URI.create(replay.location()))
                    .type(MediaType.APPLICATION_JSON).entity(replay.body()).header("Idempotent-Replayed", "true").build();
        }
        PostView.Detail post = created.post();
        return Response.created(URI.create("admin/posts/" + post.id())).entity(post)
                .tag(Conditional.versionTag(post.version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One post for editing", description = "With its lifecycle and warnings; the ETag is the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The post", content = @Content(schema = @Schema(implementation = PostView.Detail.class)))
    public Response get(@PathParam("id") String id) {
        PostView.Detail post = posts.find(idOf(id)).orElseThrow(() -> ApiException.notFound("Post", id));
        return Response.ok(post).tag(Conditional.versionTag(post.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a post's content", description = "Needs If-Match with the ETag last read. A published post keeps its slug.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = PostView.Detail.class)))
    @APIResponse(responseCode = "409", description = "Slug taken or frozen (DUPLICATE_SLUG, SLUG_FROZEN)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = "Changed by someone else since (PRECONDITION_FAILED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", description = "The body is over 200 KB (PAYLOAD_TOO_LARGE, field body)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "No If-Match (PRECONDITION_REQUIRED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PostView.Request request) {
        long expected = Preconditions.requiredVersion(ifMatch);
        PostView.Detail post = posts.update(idOf(id), request, expected, token.getSubject());
        return Response.ok(post).tag(Conditional.versionTag(post.version())).build();
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a post to another status", description = "DRAFT -> SCHEDULED (with publishAt) or PUBLISHED; "
            + "SCHEDULED -> DRAFT or PUBLISHED (the scheduler publishes it at publishAt); PUBLISHED -> ARCHIVED. "
            + "If-Match is optional here and checked when sent.")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = PostView.Detail.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (ILLEGAL_TRANSITION)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = "Changed by someone else since (PRECONDITION_FAILED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response transition(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PostView.Transition request) {
        PostView.Detail post = posts.transition(idOf(id), request, Preconditions.optionalVersion(ifMatch), token.getSubject());
        return Response.ok(post).tag(Conditional.versionTag(post.version())).build();
    }

    @GET
    @Path("{id}/preview-link")
    @Operation(summary = "A signed, expiring link that shows the post in any status")
    @APIResponse(responseCode = "200", description = "The link", content = @Content(schema = @Schema(implementation = PostView.PreviewLink.class)))
    public PostView.PreviewLink previewLink(@PathParam("id") String id,
            @Parameter(description = "Lifetime as ISO-8601 duration (default PT24H, at most P14D)", example = "PT2H") @QueryParam("ttl") String ttl) {
        Duration lifetime = null;
        if (ttl != null && !ttl.isBlank()) {
            try {
                lifetime = Duration.parse(ttl);
            } catch (DateTimeParseException e) {
                throw ApiException.invalid("ttl", "must be an ISO-8601 duration like PT2H");
            }
        }
        return posts.previewLink(idOf(id), lifetime);
    }

    private static UUID idOf(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Post", id);
        }
    }
}
