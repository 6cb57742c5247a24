package com.ally.content.comment;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.ally.content.problem.IllegalTransition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void aCleanCommentWaitsForModerationAndASpamOneDoesNot() {
        assertThat(Comment.submit(UUID.randomUUID(), "Priya", "p@example.com", "Nice", null, NOW).status)
                .isEqualTo(CommentStatus.PENDING);
        Comment spam = Comment.submit(UUID.randomUUID(), "Bot", "b@example.com", "Buy", SpamRules.Reason.HONEYPOT, NOW);
        assertThat(spam.status).isEqualTo(CommentStatus.SPAM);
        assertThat(spam.spamReason).isEqualTo(SpamRules.Reason.HONEYPOT);
    }

    @Test
    void moderationFollowsTheAllowedTransitions() {
        Comment comment = Comment.submit(UUID.randomUUID(), "Priya", "p@example.com", "Nice", null, NOW);
        comment.moderate(CommentStatus.APPROVED, "mo", NOW);
        assertThat(comment.status).isEqualTo(CommentStatus.APPROVED);
        comment.moderate(CommentStatus.REJECTED, "mo", NOW);
        assertThatThrownBy(() -> comment.moderate(CommentStatus.APPROVED, "mo", NOW)).isInstanceOf(IllegalTransition.class);
        assertThat(CommentStatus.SPAM.allowedTransitions()).contains(CommentStatus.APPROVED);
    }

    @Test
    void commentTextIsEscapedNeverRendered() {
        assertThat(CommentView.escaped("<script>alert(1)</script> & <b>bold</b>\n\nnext"))
                .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p><p>next</p>");
    }
}
