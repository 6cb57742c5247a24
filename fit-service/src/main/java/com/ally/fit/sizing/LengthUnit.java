package com.ally.fit.sizing;

/** Units a shopper may measure in; everything is converted to inches for the chart. */
public enum LengthUnit {
    CM, IN;

    public static final double CM_PER_INCH = 2.54;

    public double toInches(double value) {
        return this == IN ? value : value / CM_PER_INCH;
    }

    public String label() {
        return this == IN ? "in" : "cm";
    }
}
