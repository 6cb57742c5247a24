package com.ally.content.comment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import com.ally.content.problem.IllegalTransition;

/** A reader's comment on a post: held for moderation, public only once APPROVED. */
@Entity
@Table(name = "comment")
public class Comment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "post_id")
    public UUID postId;

    @Column(name = "author_name")
    public String authorName;

    /** For moderators only; never in a public answer. */
    public String email;

    /** Plain text as written; escaped whenever it is shown as HTML. */
    public String body;

    @Column(name = "body_hash")
    public String bodyHash;

    @Enumerated(EnumType.STRING)
    public CommentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "spam_reason")
    public SpamRules.Reason spamReason;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "moderated_by")
    public String moderatedBy;

    protected Comment() {
    }

    /** A new comment: PENDING, or SPAM straight away when a spam rule matched. */
    public static Comment submit(UUID postId, String name, String email, String body, SpamRules.Reason spam, Instant now) {
        Comment comment = new Comment();
        comment.id = UUID.randomUUID();
        comment.postId = postId;
        comment.authorName = name.strip();
        comment.email = email.strip();
        comment.body = body.strip();
        comment.bodyHash = SpamRules.fingerprint(body);
        comment.status = spam == null ? CommentStatus.PENDING : CommentStatus.SPAM;
        comment.spamReason = spam;
        comment.createdAt = now;
        comment.updatedAt = now;
        return comment;
    }

    public void moderate(CommentStatus target, String moderator, Instant now) {
        if (!status.allowedTransitions().contains(target)) {
            throw new IllegalTransition(status, target, status.allowedTransitions());
        }
        status = target;
        moderatedBy = moderator;
        updatedAt = now;
    }

    public static boolean seenSince(String bodyHash, Instant since) {
        return count("bodyHash = ?1 and createdAt >= ?2", bodyHash, since) > 0;
    }

    public static List<Comment> approvedAfter(UUID postId, Instant at, UUID id, int limit) {
        var query = at == null
                ? find("postId = ?1 and status = ?2 order by createdAt, id", postId, CommentStatus.APPROVED)
                : find("postId = ?1 and status = ?2 and (createdAt > ?3 or (createdAt = ?3 and id > ?4)) order by createdAt, id",
                        postId, CommentStatus.APPROVED, at, id);
        return query.page(0, limit + 1).list();
    }

    public static List<Comment> queueAfter(CommentStatus status, Instant at, UUID id, int limit) {
        var query = at == null
                ? find("status = ?1 order by createdAt, id", status)
                : find("status = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3)) order by createdAt, id",
                        status, at, id);
        return query.page(0, limit + 1).list();
    }
}
