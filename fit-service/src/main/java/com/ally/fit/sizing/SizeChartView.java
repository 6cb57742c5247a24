package com.ally.fit.sizing;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's records for the size chart. */
public final class SizeChartView {

    private SizeChartView() {
    }

    @Schema(name = "SizeChart")
    public record Chart(
            @Schema(example = "Brannock Device women's scale (US women's sizes, 1/3 inch per size)") String standard,
            @Schema(example = "[\"foot length (in) = (US size + 19.5) / 3\"]") List<String> formulas,
            List<Size> sizes) {
    }

    @Schema(name = "ChartSize")
    public record Size(
            @Schema(example = "7.5") double us,
            @Schema(example = "5.5") double uk,
            @Schema(example = "38.0") double eu,
            @Schema(example = "229", description = "Foot length in millimetres (ISO 9407)") int mondopointMm,
            FootLength footLength,
            List<WidthEntry> widths) {
    }

    @Schema(name = "FootLength")
    public record FootLength(@Schema(example = "9.0") double inches, @Schema(example = "22.86") double cm) {
    }

    @Schema(name = "ChartWidth")
    public record WidthEntry(
            @Schema(example = "WIDE") Width width,
            @Schema(example = "D") String letter,
            @Schema(description = "Ball-of-foot width: min inclusive, max exclusive") BallWidth ballWidth) {
    }

    @Schema(name = "BallWidth")
    public record BallWidth(@Schema(example = "3.75") double minInches, @Schema(example = "4.125") double maxInches,
            @Schema(example = "9.53") double minCm, @Schema(example = "10.48") double maxCm) {
    }

    static final List<String> FORMULAS = List.of(
            "foot length (in) = (US size + 19.5) / 3: one size is 1/3 inch (8.47 mm), a half size 1/6 inch",
            "foot length (cm) = foot length (in) x 2.54; Mondopoint = foot length in mm (ISO 9407)",
            "UK = US - 2",
            "EU = 1.5 x (foot length (cm) + 2.54): Paris points (2/3 cm) over a last one inch longer than the foot, to the nearest half",
            "ball width of MEDIUM (B) = 3.5 in at US 7, plus 1/16 in per half size; one width letter = 3/16 in",
            "NARROW = AA (B - 2 letters), WIDE = D (B + 2), EXTRA_WIDE = EE (B + 4); each range is its centre +/- 3/16 in");

    static Chart of(SizeChart chart) {
        return new Chart(SizeChart.STANDARD, FORMULAS, chart.rows().stream().map(SizeChartView::of).toList());
    }

    private static Size of(SizeRow row) {
        List<WidthEntry> widths = Arrays.stream(Width.values()).map(w -> {
            SizeRow.WidthRange range = row.widths().get(w);
            return new WidthEntry(w, w.letter(), new BallWidth(range.minInches(), range.maxInches(),
                    cm(range.minInches()), cm(range.maxInches())));
        }).toList();
        return new Size(row.us(), row.uk(), row.eu(), row.mondopointMm(), new FootLength(row.footInches(), row.footCm()),
                widths);
    }

    private static double cm(double inches) {
        return Math.round(inches * LengthUnit.CM_PER_INCH * 100) / 100.0;
    }
}
