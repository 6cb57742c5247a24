package com.ally.content.comment;

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

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.content.http.Preconditions;
import com.ally.content.paging.Page;
import com.ally.content.paging.PageRequest;
import com.ally.content.problem.ApiException;
import com.ally.content.problem.Problem;

/** Moderators work the queue: approve, reject or mark spam. */
@Path("/admin/comments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("moderator")
@Tag(name = "Comments (moderators)", description = "The moderation queue")
public class CommentAdminResource {

    private final CommentService comments;
    private final JsonWebToken token;

    public CommentAdminResource(CommentService comments, JsonWebToken token) {
        this.comments = comments;
        this.token = token;
    }

    @GET
    @Operation(summary = "Comments in one status, oldest first", description = "PENDING is the queue; SPAM shows what the rules caught.")
    @APIResponse(responseCode = "200", description = "One page of the queue", content = @Content(schema = @Schema(implementation = CommentView.ModerationPage.class)))
    public Page<CommentView.Moderation> queue(
            @Parameter(description = "Default PENDING", example = "PENDING") @QueryParam("status") CommentStatus status,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return comments.queue(status == null ? CommentStatus.PENDING : status, PageRequest.of(limit, cursor));
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a comment to another status", description = "PENDING -> APPROVED, REJECTED or SPAM; "
            + "SPAM -> APPROVED or REJECTED; APPROVED -> REJECTED or SPAM. If-Match (the version) is checked when sent.")
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(schema = @Schema(implementation = CommentView.Moderation.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (ILLEGAL_TRANSITION)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = "Moderated by someone else since (PRECONDITION_FAILED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CommentView.Moderation transition(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CommentView.Transition request) {
        return moderate(id, request.target(), ifMatch);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve: the comment becomes public")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = CommentView.Moderation.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (ILLEGAL_TRANSITION)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CommentView.Moderation approve(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return moderate(id, CommentStatus.APPROVED, ifMatch);
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject: the comment stays hidden")
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(schema = @Schema(implementation = CommentView.Moderation.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (ILLEGAL_TRANSITION)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CommentView.Moderation reject(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return moderate(id, CommentStatus.REJECTED, ifMatch);
    }

    @POST
    @Path("{id}/spam")
    @Operation(summary = "Mark as spam: the comment stays hidden and its body counts for the repeat rule")
    @APIResponse(responseCode = "200", description = "Marked as spam", content = @Content(schema = @Schema(implementation = CommentView.Moderation.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (ILLEGAL_TRANSITION)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CommentView.Moderation spam(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return moderate(id, CommentStatus.SPAM, ifMatch);
    }

    private CommentView.Moderation moderate(String id, CommentStatus target, String ifMatch) {
        UUID commentId;
        try {
            commentId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Comment", id);
        }
        return comments.moderate(commentId, target, Preconditions.optionalVersion(ifMatch), token.getSubject());
    }
}
