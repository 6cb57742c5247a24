package com.ally.content.comment;

import java.util.List;

/** A comment's moderation: only APPROVED comments are public. */
public enum CommentStatus {
    PENDING, APPROVED, REJECTED, SPAM;

    public List<CommentStatus> allowedTransitions() {
        return switch (this) {
            case PENDING -> List.of(APPROVED, REJECTED, SPAM);
            // A false positive of the spam rules can still be approved.
            case SPAM -> List.of(APPROVED, REJECTED);
            // An approved comment can be taken down again.
            case APPROVED -> List.of(REJECTED, SPAM);
            case REJECTED -> List.of();
        };
    }
}
