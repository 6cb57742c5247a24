package com.ally.catalog.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.ally.catalog.sizing.Cells;
import com.ally.catalog.sizing.Width;

import static org.assertj.core.api.Assertions.assertThat;

class ColourwayStockTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final int NINE_WIDE = Cells.of(new BigDecimal("9.0"), Width.WIDE);
    private static final int NINE_NARROW = Cells.of(new BigDecimal("9.0"), Width.NARROW);
    private static final int SEVEN_WIDE = Cells.of(new BigDecimal("7.0"), Width.WIDE);

    @Test
    void aNewColourwayOffersItsCellsAndHasNoneInStock() {
        ColourwayStock row = ColourwayStock.offering(UUID.randomUUID(), UUID.randomUUID(), "BLACK",
                List.of(NINE_WIDE, SEVEN_WIDE, NINE_NARROW), NOW);
        assertThat(row.offeredCells).containsExactly(SEVEN_WIDE, NINE_NARROW, NINE_WIDE);
        assertThat(row.inStockCells).isEmpty();
        assertThat(row.inStockSizes).isZero();
        assertThat(row.inStockWidths).isZero();
    }

    @Test
    void cellsComeAndGoWithTheirMasks() {
        ColourwayStock row = ColourwayStock.offering(UUID.randomUUID(), UUID.randomUUID(), "BLACK",
                List.of(NINE_WIDE, SEVEN_WIDE, NINE_NARROW), NOW);
        assertThat(row.follow(NINE_WIDE, true, NOW)).isTrue();
        assertThat(row.follow(NINE_NARROW, true, NOW)).isTrue();
        assertThat(row.follow(SEVEN_WIDE, true, NOW)).isTrue();
        assertThat(row.follow(SEVEN_WIDE, true, NOW)).isFalse();
        assertThat(row.inStockSizes).isEqualTo(1 << Cells.sizeIndex(new BigDecimal("7.0")) | 1 << 10);
        assertThat(row.inStockWidths).isEqualTo(1 << Width.NARROW.ordinal() | 1 << Width.WIDE.ordinal());

        // The last pair of 9 WIDE is gone: 9 stays (NARROW), WIDE stays (7 WIDE).
        assertThat(row.follow(NINE_WIDE, false, NOW)).isTrue();
        assertThat(row.inStockCells).containsExactly(SEVEN_WIDE, NINE_NARROW);
        assertThat(row.inStockSizes).isEqualTo(1 << Cells.sizeIndex(new BigDecimal("7.0")) | 1 << 10);
        // Then 7 WIDE: WIDE has nothing left.
        row.follow(SEVEN_WIDE, false, NOW);
        assertThat(row.inStockSizes).isEqualTo(1 << 10);
        assertThat(row.inStockWidths).isEqualTo(1 << Width.NARROW.ordinal());
        assertThat(row.follow(SEVEN_WIDE, false, NOW)).isFalse();
    }
}
