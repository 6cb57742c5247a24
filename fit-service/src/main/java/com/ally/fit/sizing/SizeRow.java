package com.ally.fit.sizing;

import java.util.Map;

/** One half size of the chart: its foot length, its equivalents, and the ball width of each width. */
public record SizeRow(double us, double uk, double eu, double footInches, double footCm, int mondopointMm,
        Map<Width, WidthRange> widths) {

    /** Which width a ball-of-foot measurement falls in at this size; the ends of the range take what is beyond them. */
    public Width widthFor(double ballInches) {
        for (Width width : Width.values()) {
            if (ballInches < widths.get(width).maxInches()) {
                return width;
            }
        }
        return Width.EXTRA_WIDE;
    }

    /** How far a measurement is from the nearest boundary between two widths, in inches. */
    public double distanceToWidthBoundary(double ballInches) {
        double nearest = Double.MAX_VALUE;
        for (Width width : Width.values()) {
            if (width != Width.NARROW) {
                nearest = Math.min(nearest, Math.abs(ballInches - widths.get(width).minInches()));
            }
        }
        return nearest;
    }

    /** The ball width range of one width, {@code min} inclusive. */
    public record WidthRange(double minInches, double maxInches) {
    }
}
