package com.ally.catalog.style;

import java.util.List;

/** DRAFT until published; ACTIVE is public; RETIRED is hidden but can be published again. */
public enum StyleStatus {
    DRAFT, ACTIVE, RETIRED;

    public List<StyleStatus> allowedTransitions() {
        return switch (this) {
            case DRAFT, RETIRED -> List.of(ACTIVE);
            case ACTIVE -> List.of(RETIRED);
        };
    }
}
