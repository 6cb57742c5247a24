package com.ally.fit.learning;

/**
 * What became of the pairs of one order line (order id + SKU): how many were delivered and how many
 * were sent back, for which reason. Delivered and return events arrive on different topics in any
 * order; the line's evidence is always derived from its whole state, so a pair counts once: kept
 * while it is only delivered, and moved to its return reason when a return (or exchange) names it.
 */
public record LineOutcome(int delivered, int tooSmall, int tooLarge, int tooNarrow, int tooWide, int otherReturns) {

    public static final LineOutcome NOTHING = new LineOutcome(0, 0, 0, 0, 0, 0);

    public int returned() {
        return tooSmall + tooLarge + tooNarrow + tooWide + otherReturns;
    }

    public Evidence evidence() {
        return new Evidence(Math.max(0, delivered - returned()), tooSmall, tooLarge, tooNarrow, tooWide, otherReturns);
    }

    /** The order was delivered with this many pairs of the SKU; a repeat says the same, so it sets rather than adds. */
    public LineOutcome deliveredPairs(int quantity) {
        return new LineOutcome(quantity, tooSmall, tooLarge, tooNarrow, tooWide, otherReturns);
    }

    /** A return or exchange request sent pairs back for a reason. */
    public LineOutcome returnedPairs(String reason, int quantity) {
        return switch (reason == null ? "" : reason) {
            case "TOO_SMALL" -> new LineOutcome(delivered, tooSmall + quantity, tooLarge, tooNarrow, tooWide, otherReturns);
            case "TOO_LARGE" -> new LineOutcome(delivered, tooSmall, tooLarge + quantity, tooNarrow, tooWide, otherReturns);
            case "TOO_NARROW" -> new LineOutcome(delivered, tooSmall, tooLarge, tooNarrow + quantity, tooWide, otherReturns);
            case "TOO_WIDE" -> new LineOutcome(delivered, tooSmall, tooLarge, tooNarrow, tooWide + quantity, otherReturns);
            default -> new LineOutcome(delivered, tooSmall, tooLarge, tooNarrow, tooWide, otherReturns + quantity);
        };
    }
}
