package com.ally.fit.sizing;

/** The four widths ALLY makes, with the US width letter each one is cut to. */
public enum Width {
    NARROW("AA"), MEDIUM("B"), WIDE("D"), EXTRA_WIDE("EE");

    private final String letter;

    Width(String letter) {
        this.letter = letter;
    }

    public String letter() {
        return letter;
    }

    /** The next width up or down, held at the ends of the range. */
    public Width step(int steps) {
        int at = Math.max(0, Math.min(values().length - 1, ordinal() + steps));
        return values()[at];
    }

    public Width atLeast(Width other) {
        return ordinal() >= other.ordinal() ? this : other;
    }
}
