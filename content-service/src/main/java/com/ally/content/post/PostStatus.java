package com.ally.content.post;

import java.util.List;

/** A post's lifecycle: only PUBLISHED posts are public. */
public enum PostStatus {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED;

    public List<PostStatus> allowedTransitions() {
        return switch (this) {
            case DRAFT -> List.of(SCHEDULED, PUBLISHED);
            case SCHEDULED -> List.of(DRAFT, PUBLISHED);
            case PUBLISHED -> List.of(ARCHIVED);
            case ARCHIVED -> List.of();
        };
    }
}
