package com.ally.fit.recommendation;

/** How the shopper likes shoes to feel; moves a foot that sits between two half sizes up or down. */
public enum FitPreference {
    SNUG(-0.2), REGULAR(0), ROOMY(0.2);

    private final double shift;

    FitPreference(double shift) {
        this.shift = shift;
    }

    /** Sizes added before rounding: less than a quarter, so a foot right on a chart row keeps its size. */
    public double shift() {
        return shift;
    }
}
