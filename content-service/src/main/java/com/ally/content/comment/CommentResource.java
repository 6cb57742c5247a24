package com.ally.content.comment;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.content.http.Conditional;
import com.ally.content.paging.PageRequest;

/** Readers comment on published posts; comments show once a moderator approved them. */
@Path("/posts/{slug}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments", description = "Readers' comments, public once approved")
public class CommentResource {

    private final CommentService comments;
    private final Conditional conditional;

    public CommentResource(CommentService comments, Conditional conditional) {
        this.comments = comments;
        this.conditional = conditional;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a comment", description = "Held for moderation: it is not public until approved. "
            + "The email is never shown. Leave `website` empty. Rate limited at the gateway.")
    @APIResponse(responseCode = "202", description = "Received, awaiting moderation", content = @Content(schema = @Schema(implementation = CommentView.Received.class)))
    public Response submit(@PathParam("slug") String slug, @Valid @NotNull CommentView.Submission submission) {
        return Response.accepted(comments.submit(slug, submission)).build();
    }

    @GET
    @Operation(summary = "The approved comments of a published post", description = "Oldest first, paged with an opaque cursor.")
    @APIResponse(responseCode = "200", description = "One page of comments", content = @Content(schema = @Schema(implementation = CommentView.PublicPage.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match ETag")
    public Response list(@PathParam("slug") String slug, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @Context Request request) {
        return conditional.ok(request, comments.approved(slug, PageRequest.of(limit, cursor)));
    }
}
