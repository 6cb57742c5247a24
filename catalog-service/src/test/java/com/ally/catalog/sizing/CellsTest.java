package com.ally.catalog.sizing;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CellsTest {

    @Test
    void everySizeAndWidthHasItsOwnCellFromZeroTo67() {
        Set<Integer> seen = new HashSet<>();
        for (BigDecimal size : Sizes.ALL) {
            for (Width width : Width.values()) {
                int cell = Cells.of(size, width);
                assertThat(cell).isBetween(0, 67);
                assertThat(seen.add(cell)).as("%s %s", size, width).isTrue();
            }
        }
        assertThat(Cells.COUNT).isEqualTo(68);
        assertThat(Cells.of(new BigDecimal("4.0"), Width.NARROW)).isZero();
        assertThat(Cells.of(new BigDecimal("9"), Width.WIDE)).isEqualTo(42);
        assertThat(Cells.of(new BigDecimal("12.0"), Width.EXTRA_WIDE)).isEqualTo(67);
    }

    @Test
    void aSizeOrAWidthIsARowOrAColumnOfCells() {
        assertThat(Cells.ofSize(new BigDecimal("9.0"))).containsExactly(40, 41, 42, 43);
        assertThat(Cells.ofWidth(Width.MEDIUM)).hasSize(17).startsWith((short) 1, (short) 5).endsWith((short) 65);
        assertThat(Cells.size(10)).isEqualTo(new BigDecimal("9.0"));
        assertThat(Cells.width(2)).isEqualTo(Width.WIDE);
        assertThatThrownBy(() -> Cells.of(new BigDecimal("12.5"), Width.WIDE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksSayWhichSizesAndWidthsHaveACell() {
        short[] cells = {0, 42, 43};
        assertThat(Cells.sizeMask(cells)).isEqualTo(1 | 1 << 10);
        assertThat(Cells.widthMask(cells)).isEqualTo(1 | 1 << 2 | 1 << 3);
        assertThat(Cells.sizeMask(new short[0])).isZero();
    }

    @Test
    void addingAndRemovingKeepsTheSetSortedAndUnique() {
        short[] cells = Cells.with(new short[0], 42, true);
        cells = Cells.with(cells, 3, true);
        cells = Cells.with(cells, 67, true);
        assertThat(cells).containsExactly(3, 42, 67);
        assertThat(Cells.with(cells, 42, true)).isSameAs(cells);
        assertThat(Cells.with(cells, 5, false)).isSameAs(cells);
        assertThat(Cells.with(cells, 42, false)).containsExactly(3, 67);
        assertThatThrownBy(() -> Cells.with(new short[0], 68, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSqlArrayHoldsOnlyNumbers() {
        assertThat(Cells.sqlArray(new short[] {40, 41})).isEqualTo("array[40,41]::smallint[]");
    }
}
