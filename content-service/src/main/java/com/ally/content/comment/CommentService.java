package com.ally.content.comment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.ally.content.http.Preconditions;
import com.ally.content.paging.Page;
import com.ally.content.paging.PageRequest;
import com.ally.content.post.Post;
import com.ally.content.problem.ApiException;

/** Transaction boundary for comments: submission through the spam rules, and moderation. */
@ApplicationScoped
public class CommentService {

    private final CommentConfig config;
    private final SpamRules rules;

    public CommentService(CommentConfig config) {
        this.config = config;
        this.rules = new SpamRules(config.maxLinks(), config.blockedWords());
    }

    /** Only a published post takes comments; a draft is as unknown as a post that does not exist. */
    @Transactional
    public CommentView.Received submit(String postSlug, CommentView.Submission submission) {
        Post post = Post.findPublic(postSlug).orElseThrow(() -> ApiException.notFound("Post", postSlug));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        boolean repeated = Comment.seenSince(SpamRules.fingerprint(submission.body()), now.minus(config.repeatWindow()));
        SpamRules.Reason spam = rules.check(submission.name(), submission.body(), submission.website(), repeated).orElse(null);
        Comment comment = Comment.submit(post.id, submission.name(), submission.email(), submission.body(), spam, now);
        comment.persist();
        return new CommentView.Received(comment.id.toString(),
                "Thank you: your comment will appear once a moderator has approved it");
    }

    public Page<CommentView.PublicComment> approved(String postSlug, PageRequest page) {
        Post post = Post.findPublic(postSlug).orElseThrow(() -> ApiException.notFound("Post", postSlug));
        Instant at = page.first() ? null : instant(page.after().get("at"));
        UUID id = page.first() ? null : uuid(page.after().get("id"));
        return Page.of(Comment.approvedAfter(post.id, at, id, page.limit()), page.limit(), CommentService::keyOf)
                .map(CommentView::publicOf);
    }

    /** The moderation queue, oldest first. */
    public Page<CommentView.Moderation> queue(CommentStatus status, PageRequest page) {
        Instant at = page.first() ? null : instant(page.after().get("at"));
        UUID id = page.first() ? null : uuid(page.after().get("id"));
        return Page.of(Comment.queueAfter(status, at, id, page.limit()), page.limit(), CommentService::keyOf)
                .map(CommentView::moderationOf);
    }

    @Transactional
    public CommentView.Moderation moderate(UUID id, CommentStatus target, Long expectedVersion, String moderator) {
        Comment comment = Comment.<Comment>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("Comment", id.toString()));
        if (expectedVersion != null) {
            Preconditions.checkVersion(comment.version, expectedVersion);
        }
        comment.moderate(target, moderator, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        try {
            Comment.flush();
        } catch (PersistenceException e) {
            // Another moderator decided first: answer as if this one had read the newer state.
            throw Preconditions.stale();
        }
        return CommentView.moderationOf(comment);
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (RuntimeException e) {
            throw ApiException.invalid("cursor", "is not a cursor this service gave out");
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw ApiException.invalid("cursor", "is not a cursor this service gave out");
        }
    }

    /** The keyset position of a comment: lists are in (createdAt, id) order. */
    private static Map<String, String> keyOf(Comment comment) {
        return Map.of("at", comment.createdAt.toString(), "id", comment.id.toString());
    }
}
