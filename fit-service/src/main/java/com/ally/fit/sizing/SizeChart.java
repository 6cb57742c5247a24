package com.ally.fit.sizing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The US women's size chart on the Brannock Device women's scale, read from the one data file
 * {@code sizing/us-womens-size-chart.csv}. The scale is the barleycorn one: a full size is 1/3 inch
 * (8.47 mm) of foot length, a half size 1/6 inch, and a women's size {@code s} fits a foot of
 * {@code (s + 19.5) / 3} inches (so a 6 is an 8 1/2-inch foot and a 12 a 10 1/2-inch foot).
 * The file's header names every formula; {@code SizeChartTest} checks each row against them.
 */
public final class SizeChart {

    public static final String RESOURCE = "/sizing/us-womens-size-chart.csv";
    public static final String STANDARD = "Brannock Device women's scale (US women's sizes, 1/3 inch per size)";

    /** Foot length in inches of women's size 0 on the scale, times three: L = (size + 19.5) / 3. */
    static final double SIZE_ZERO_OFFSET = 19.5;

    private final List<SizeRow> rows;

    SizeChart(List<SizeRow> rows) {
        this.rows = List.copyOf(rows);
    }

    public static SizeChart load() {
        try (InputStream in = SizeChart.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Size chart " + RESOURCE + " is missing");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SizeChart parse(InputStream in) throws IOException {
        List<SizeRow> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] c = line.split(",");
            Map<Width, SizeRow.WidthRange> widths = new EnumMap<>(Width.class);
            for (Width width : Width.values()) {
                int at = 6 + 2 * width.ordinal();
                widths.put(width, new SizeRow.WidthRange(Double.parseDouble(c[at]), Double.parseDouble(c[at + 1])));
            }
            rows.add(new SizeRow(Double.parseDouble(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2]),
                    Double.parseDouble(c[3]), Double.parseDouble(c[4]), Integer.parseInt(c[5]), widths));
        }
        return new SizeChart(rows);
    }

    public List<SizeRow> rows() {
        return rows;
    }

    public double smallest() {
        return rows.getFirst().us();
    }

    public double largest() {
        return rows.getLast().us();
    }

    public Optional<SizeRow> row(double usSize) {
        return rows.stream().filter(r -> r.us() == usSize).findFirst();
    }

    /** The size on the scale, unrounded, that a foot of this length in inches fits. */
    public static double continuousSize(double footInches) {
        return 3 * footInches - SIZE_ZERO_OFFSET;
    }

    /** The nearest half size. */
    public static double toHalfSize(double size) {
        return Math.round(size * 2) / 2.0;
    }

    public static String format(double size) {
        return size == Math.rint(size) ? Long.toString((long) size) : Double.toString(size);
    }
}
