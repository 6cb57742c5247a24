package com.ally.fit.recommendation;

/** Foot conditions a shopper may tell the fit finder about. */
public enum Condition {
    PLANTAR_FASCIITIS, FLAT_FEET, HIGH_ARCHES, BUNIONS, WIDE_FOREFOOT
}
