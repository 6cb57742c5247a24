package com.ally.fit.recommendation;

/** How a shoe the shopper owns fits them. */
public enum ShoeFit {
    TOO_SMALL(0.5), RIGHT(0), TOO_BIG(-0.5);

    private final double correction;

    ShoeFit(double correction) {
        this.correction = correction;
    }

    /** Sizes to add to the shoe's size to reach the size that would have fitted. */
    public double correction() {
        return correction;
    }
}
