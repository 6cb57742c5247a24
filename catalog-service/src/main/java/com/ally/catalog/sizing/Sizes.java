package com.ally.catalog.sizing;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/** US women's sizes 4.0 to 12.0 in half sizes: 17 of them. */
public final class Sizes {

    public static final BigDecimal MIN = new BigDecimal("4.0");
    public static final BigDecimal MAX = new BigDecimal("12.0");
    public static final List<BigDecimal> ALL = IntStream.rangeClosed(8, 24)
            .mapToObj(halves -> BigDecimal.valueOf(halves).divide(BigDecimal.TWO).setScale(1))
            .toList();

    private Sizes() {
    }

    /** @return whether the size is one we make: 4.0 to 12.0 in steps of 0.5 */
    public static boolean valid(BigDecimal size) {
        if (size == null || size.compareTo(MIN) < 0 || size.compareTo(MAX) > 0) {
            return false;
        }
        return size.multiply(BigDecimal.TWO).stripTrailingZeros().scale() <= 0;
    }

    /** The size in the scale the database and the API use (one decimal). */
    public static BigDecimal normal(BigDecimal size) {
        return size.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }
}
