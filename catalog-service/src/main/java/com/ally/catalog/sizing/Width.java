package com.ally.catalog.sizing;

/** The four widths every style is cut in; {@link #code()} is the width's part of a SKU code. */
public enum Width {
    NARROW("N"), MEDIUM("M"), WIDE("W"), EXTRA_WIDE("XW");

    private final String code;

    Width(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
