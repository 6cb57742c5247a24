package com.ally.catalog.sizing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The squares of the size x width matrix numbered 0 to 67, size first:
 * {@code cell = (size x 2 - 8) x 4 + width}, with widths NARROW 0, MEDIUM 1, WIDE 2, EXTRA_WIDE 3
 * (so 4.0 NARROW is 0, 9.0 WIDE is 42, 12.0 EXTRA_WIDE is 67). A set of cells is a sorted array of
 * these numbers, which PostgreSQL indexes with GIN; sizes and widths as bit masks (bit i = the i-th
 * size or width) are what the facets count. The migration V4 numbers cells in SQL the same way.
 */
public final class Cells {

    public static final int WIDTHS = Width.values().length;
    public static final int COUNT = Sizes.ALL.size() * WIDTHS;

    private Cells() {
    }

    public static int of(BigDecimal size, Width width) {
        return sizeIndex(size) * WIDTHS + width.ordinal();
    }

    /** 4.0 is 0, 4.5 is 1 ... 12.0 is 16. */
    public static int sizeIndex(BigDecimal size) {
        if (!Sizes.valid(size)) {
            throw new IllegalArgumentException("Not a size we make: " + size);
        }
        return size.multiply(BigDecimal.TWO).intValueExact() - 8;
    }

    public static BigDecimal size(int sizeIndex) {
        return Sizes.ALL.get(sizeIndex);
    }

    public static Width width(int widthIndex) {
        return Width.values()[widthIndex];
    }

    /** The cells of one size, in every width. */
    public static short[] ofSize(BigDecimal size) {
        int first = sizeIndex(size) * WIDTHS;
        return shorts(IntStream.range(first, first + WIDTHS));
    }

    /** The cells of one width, in every size. */
    public static short[] ofWidth(Width width) {
        return shorts(IntStream.range(0, Sizes.ALL.size()).map(s -> s * WIDTHS + width.ordinal()));
    }

    /** Bit i set: the i-th size (4.0 + i / 2) has a cell in the set. */
    public static int sizeMask(short[] cells) {
        int mask = 0;
        for (short cell : cells) {
            mask |= 1 << (cell / WIDTHS);
        }
        return mask;
    }

    /** Bit i set: the i-th width has a cell in the set. */
    public static int widthMask(short[] cells) {
        int mask = 0;
        for (short cell : cells) {
            mask |= 1 << (cell % WIDTHS);
        }
        return mask;
    }

    /** The set with the cell added or removed; the same array when nothing changes. */
    public static short[] with(short[] cells, int cell, boolean present) {
        if (cell < 0 || cell >= COUNT) {
            throw new IllegalArgumentException("No such cell: " + cell);
        }
        int at = Arrays.binarySearch(cells, (short) cell);
        if (present == at >= 0) {
            return cells;
        }
        if (present) {
            int insert = -at - 1;
            short[] grown = new short[cells.length + 1];
            System.arraycopy(cells, 0, grown, 0, insert);
            grown[insert] = (short) cell;
            System.arraycopy(cells, insert, grown, insert + 1, cells.length - insert);
            return grown;
        }
        short[] shrunk = new short[cells.length - 1];
        System.arraycopy(cells, 0, shrunk, 0, at);
        System.arraycopy(cells, at + 1, shrunk, at, cells.length - at - 1);
        return shrunk;
    }

    /** A PostgreSQL array of cells, for SQL text: only numbers made here, never input. */
    public static String sqlArray(short[] cells) {
        StringBuilder sql = new StringBuilder("array[");
        for (int i = 0; i < cells.length; i++) {
            sql.append(i == 0 ? "" : ",").append(cells[i]);
        }
        return sql.append("]::smallint[]").toString();
    }

    private static short[] shorts(IntStream values) {
        int[] ints = values.toArray();
        short[] result = new short[ints.length];
        for (int i = 0; i < ints.length; i++) {
            result[i] = (short) ints[i];
        }
        return result;
    }
}
