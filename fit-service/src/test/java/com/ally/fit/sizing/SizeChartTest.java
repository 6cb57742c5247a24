package com.ally.fit.sizing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every row of the data file follows the Brannock women's scale and the formulas its header names. */
class SizeChartTest {

    private final SizeChart chart = SizeChart.load();

    @Test
    void coversUs4To12InHalfSizes() {
        List<SizeRow> rows = chart.rows();
        assertThat(rows).hasSize(17);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).us()).isEqualTo(4.0 + i * 0.5);
        }
    }

    @Test
    void footLengthGrowsAThirdOfAnInchPerSize() {
        for (SizeRow row : chart.rows()) {
            double inches = (row.us() + 19.5) / 3;
            assertThat(row.footInches()).isCloseTo(inches, within(0.0005));
            assertThat(row.footCm()).isCloseTo(inches * 2.54, within(0.005));
            assertThat(row.mondopointMm()).isEqualTo((int) Math.round(inches * 25.4));
        }
        assertThat(chart.row(6.0).orElseThrow().footInches()).isEqualTo(8.5);
        assertThat(chart.row(12.0).orElseThrow().footInches()).isEqualTo(10.5);
        assertThat(chart.row(7.5).orElseThrow().footCm()).isEqualTo(22.86);
    }

    @Test
    void ukAndEuEquivalents() {
        for (SizeRow row : chart.rows()) {
            assertThat(row.uk()).isEqualTo(row.us() - 2);
            double eu = Math.round(1.5 * ((row.us() + 19.5) / 3 * 2.54 + 2.54) * 2) / 2.0;
            assertThat(row.eu()).isEqualTo(eu);
        }
        assertThat(chart.row(7.0).orElseThrow().eu()).isEqualTo(37.5);
    }

    @Test
    void widthRangesAreContiguousAndThreeSixteenthsApartPerLetter() {
        for (SizeRow row : chart.rows()) {
            double medium = 3.5 + (row.us() - 7) / 8;
            assertThat(mid(row, Width.MEDIUM)).isCloseTo(medium, within(1e-9));
            assertThat(mid(row, Width.NARROW)).isCloseTo(medium - 2 * 3.0 / 16, within(1e-9));
            assertThat(mid(row, Width.WIDE)).isCloseTo(medium + 2 * 3.0 / 16, within(1e-9));
            assertThat(mid(row, Width.EXTRA_WIDE)).isCloseTo(medium + 4 * 3.0 / 16, within(1e-9));
            assertThat(row.widths().get(Width.NARROW).maxInches()).isEqualTo(row.widths().get(Width.MEDIUM).minInches());
            assertThat(row.widths().get(Width.MEDIUM).maxInches()).isEqualTo(row.widths().get(Width.WIDE).minInches());
            assertThat(row.widths().get(Width.WIDE).maxInches()).isEqualTo(row.widths().get(Width.EXTRA_WIDE).minInches());
        }
    }

    @Test
    void aBallWidthFallsInOneWidth() {
        SizeRow seven = chart.row(7.0).orElseThrow();
        assertThat(seven.widthFor(3.5)).isEqualTo(Width.MEDIUM);
        assertThat(seven.widthFor(3.3125)).isEqualTo(Width.MEDIUM);
        assertThat(seven.widthFor(3.31)).isEqualTo(Width.NARROW);
        assertThat(seven.widthFor(3.9)).isEqualTo(Width.WIDE);
        assertThat(seven.widthFor(4.2)).isEqualTo(Width.EXTRA_WIDE);
        assertThat(seven.widthFor(5.0)).isEqualTo(Width.EXTRA_WIDE);
        assertThat(seven.widthFor(2.5)).isEqualTo(Width.NARROW);
    }

    @Test
    void continuousSizeInvertsTheChart() {
        assertThat(SizeChart.continuousSize(9.0)).isCloseTo(7.5, within(1e-9));
        assertThat(SizeChart.toHalfSize(SizeChart.continuousSize(24.3 / 2.54))).isEqualTo(9.0);
        assertThat(SizeChart.format(7.0)).isEqualTo("7");
        assertThat(SizeChart.format(7.5)).isEqualTo("7.5");
    }

    private static double mid(SizeRow row, Width width) {
        return (row.widths().get(width).minInches() + row.widths().get(width).maxInches()) / 2;
    }
}
