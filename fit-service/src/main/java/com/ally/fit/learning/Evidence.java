package com.ally.fit.learning;

/**
 * Counts of pairs by what happened to them. Every pair is in exactly one bucket: kept, or returned
 * for one reason ({@code otherReturns}: UNCOMFORTABLE, CHANGED_MIND, DEFECTIVE, which say nothing about fit).
 */
public record Evidence(long kept, long tooSmall, long tooLarge, long tooNarrow, long tooWide, long otherReturns) {

    public static final Evidence NONE = new Evidence(0, 0, 0, 0, 0, 0);

    public Evidence minus(Evidence other) {
        return new Evidence(kept - other.kept, tooSmall - other.tooSmall, tooLarge - other.tooLarge,
                tooNarrow - other.tooNarrow, tooWide - other.tooWide, otherReturns - other.otherReturns);
    }

    public boolean isZero() {
        return equals(NONE);
    }

    /** Pairs that say something about length: kept ones (right) and those returned too small or too large. */
    public long sizeObservations() {
        return kept + tooSmall + tooLarge;
    }

    /** Pairs that say something about width: kept ones (right) and those returned too narrow or too wide. */
    public long widthObservations() {
        return kept + tooNarrow + tooWide;
    }
}
