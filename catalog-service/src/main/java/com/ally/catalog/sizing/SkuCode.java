package com.ally.catalog.sizing;

import java.math.BigDecimal;

/**
 * The SKU code scheme: {@code <style code>-<colourway code>-<size x 10, 3 digits>-<width>}, e.g.
 * {@code FFL-BLKSUE-075-W} is the Forever Flat in black suede, size 7.5, WIDE.
 */
public final class SkuCode {

    private SkuCode() {
    }

    public static String of(String styleCode, String colourwayCode, BigDecimal size, Width width) {
        if (!Sizes.valid(size)) {
            throw new IllegalArgumentException("Not a size we make: " + size);
        }
        int tenths = size.movePointRight(1).intValueExact();
        return "%s-%s-%03d-%s".formatted(styleCode, colourwayCode, tenths, width.code());
    }
}
