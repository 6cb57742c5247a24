package com.ally.catalog.style;

/** The comfort vocabulary shared with the other services through the style events. */
public enum ComfortFeature {
    THREE_POINT_SUPPORT_INSOLE, ARCH_SUPPORT, METATARSAL_SUPPORT, SUEDE_LINING, STRETCH_LEATHER_UPPER,
    CUSHIONED_FOOTBED, PADDED_HEEL_COUNTER, ADJUSTABLE_STRAP
}
