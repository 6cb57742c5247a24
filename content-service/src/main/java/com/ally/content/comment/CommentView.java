package com.ally.content.comment;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.jsoup.nodes.Entities;

/** The API's records for comments. */
public final class CommentView {

    private CommentView() {
    }

    @Schema(name = "CommentSubmission")
    public record Submission(
            @NotBlank @Size(max = 100) @Schema(example = "Priya") String name,
            @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address")
            @Schema(description = "Never shown publicly", example = "priya@example.com") String email,
            @NotBlank @Size(max = 5000) @Schema(example = "Wore mine to a wedding and danced all night.") String body,
            @Size(max = 500) @Schema(description = "Leave empty: a honeypot for bots, hidden in the form", example = "") String website) {
    }

    @Schema(name = "CommentReceived")
    public record Received(
            @Schema(example = "9b1f3c2e-5d4a-4e6b-8c7d-0a1b2c3d4e5f") String id,
            @Schema(example = "Thank you: your comment will appear once a moderator has approved it") String message) {
    }

    /** What everyone sees: no email; the text escaped for HTML, never rendered. */
    @Schema(name = "Comment")
    public record PublicComment(
            @Schema(example = "9b1f3c2e-5d4a-4e6b-8c7d-0a1b2c3d4e5f") String id,
            @Schema(example = "Priya") String name,
            @Schema(description = "Plain text as written", example = "Wore mine to a wedding & danced all night.") String body,
            @Schema(description = "The text escaped for HTML", example = "<p>Wore mine to a wedding &amp; danced all night.</p>") String bodyHtml,
            @Schema(example = "2026-11-24T16:49:55Z") Instant createdAt) {
    }

    /** What moderators see. */
    @Schema(name = "ModeratedComment")
    public record Moderation(
            @Schema(example = "9b1f3c2e-5d4a-4e6b-8c7d-0a1b2c3d4e5f") String id,
            @Schema(example = "5a0f7f5e-3c1b-4d2e-8f90-1b2c3d4e5f60") String postId,
            @Schema(example = "Priya") String name,
            @Schema(example = "priya@example.com") String email,
            @Schema(example = "Wore mine to a wedding and danced all night.") String body,
            @Schema(example = "PENDING") CommentStatus status,
            @Schema(example = "[\"APPROVED\", \"REJECTED\", \"SPAM\"]") List<CommentStatus> allowedTransitions,
            @Schema(description = "Why the spam rules sent it straight to SPAM", example = "TOO_MANY_LINKS") SpamRules.Reason spamReason,
            @Schema(example = "moderator-mo") String moderatedBy,
            @Schema(example = "2026-11-24T16:49:55Z") Instant createdAt,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt,
            @Schema(example = "1") long version) {
    }

    /** List pages, named for the OpenAPI document. */
    @Schema(name = "CommentPage")
    public record PublicPage(List<PublicComment> items, @Schema(description = "Absent on the last page", example = "eyJhdCI6IjIwMjYtMTEtMjRUMTY6NDk6NTVaIiwiaWQiOiIuLi4ifQ") String nextCursor) {
    }

    @Schema(name = "ModerationQueuePage")
    public record ModerationPage(List<Moderation> items, @Schema(description = "Absent on the last page", example = "eyJhdCI6IjIwMjYtMTEtMjRUMTY6NDk6NTVaIiwiaWQiOiIuLi4ifQ") String nextCursor) {
    }

    @Schema(name = "CommentTransition")
    public record Transition(@NotNull @Schema(example = "APPROVED") CommentStatus target) {
    }

    static PublicComment publicOf(Comment comment) {
        return new PublicComment(comment.id.toString(), comment.authorName, comment.body, escaped(comment.body),
                comment.createdAt);
    }

    static Moderation moderationOf(Comment comment) {
        return new Moderation(comment.id.toString(), comment.postId.toString(), comment.authorName, comment.email,
                comment.body, comment.status, comment.status.allowedTransitions(), comment.spamReason,
                comment.moderatedBy, comment.createdAt, comment.updatedAt, comment.version);
    }

    /** Paragraphs of escaped text: whatever markup a reader typed shows as text. */
    static String escaped(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            html.append("<p>").append(Entities.escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return html.toString();
    }
}
