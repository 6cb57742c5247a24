package com.ally.fit.recommendation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.ally.fit.sizing.LengthUnit;
import com.ally.fit.sizing.SizeChart;
import com.ally.fit.sizing.Width;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Representative feet, checked against the chart's rows. */
class RecommenderTest {

    private final SizeChart chart = SizeChart.load();
    private final Recommender recommender = new Recommender(chart, ReferenceBrands.load());

    @ParameterizedTest(name = "a {0} cm foot is a US {1}")
    @CsvSource({"19.9, 4.0", "21.6, 6.0", "22.86, 7.5", "23.0, 7.5", "24.3, 9.0", "25.4, 10.5", "26.67, 12.0"})
    void measuredFeetInCentimetres(double cm, double us) {
        Recommendation r = recommender.recommend(Feet.cm(cm), null);
        assertThat(r.size()).isEqualTo(us);
        // The chart row of the answer is the nearest foot length on the chart.
        double rowCm = chart.row(us).orElseThrow().footCm();
        assertThat(Math.abs(rowCm - cm)).isLessThanOrEqualTo(0.212 + 1e-9);
    }

    @ParameterizedTest(name = "a {0} in foot is a US {1}")
    @CsvSource({"7.833, 4.0", "8.5, 6.0", "9.0, 7.5", "9.5, 9.0", "10.5, 12.0"})
    void measuredFeetInInches(double inches, double us) {
        assertThat(recommender.recommend(Feet.inches(inches), null).size()).isEqualTo(us);
    }

    @Test
    void explainsItselfInPlainWords() {
        Recommendation r = recommender.recommend(Feet.cm(24.3), null);
        assertThat(r.reasoning()).startsWith("A 24.3 cm foot is a US 9 on the Brannock women's scale")
                .contains("we assume MEDIUM").endsWith(".");
        assertThat(r.width()).isEqualTo(Width.MEDIUM);
        assertThat(r.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void theLongerFootDecides() {
        Recommendation r = recommender.recommend(Feet.both(LengthUnit.CM, 23.0, 23.5), null);
        assertThat(r.size()).isEqualTo(8.5);
        assertThat(r.reasoning()).containsIgnoringCase("your longer foot (right, 23.5 cm) is a US 8.5");
    }

    @Test
    void aFootBetweenSizesLeansToTheRunnerUp() {
        // 23.0 cm is a 7.67 on the scale: 7.5, then 8.
        Recommendation r = recommender.recommend(Feet.cm(23.0), null);
        assertThat(r.size()).isEqualTo(7.5);
        assertThat(r.runnerUp()).isEqualTo(new Recommendation.Choice(8.0, Width.MEDIUM));
    }

    @Test
    void fitPreferenceMovesAFootBetweenSizes() {
        assertThat(recommender.recommend(Feet.with(Feet.cm(23.0), FitPreference.ROOMY), null).size()).isEqualTo(8.0);
        assertThat(recommender.recommend(Feet.with(Feet.cm(23.2), FitPreference.REGULAR), null).size()).isEqualTo(8.0);
        Recommendation snug = recommender.recommend(Feet.with(Feet.cm(23.2), FitPreference.SNUG), null);
        assertThat(snug.size()).isEqualTo(7.5);
        assertThat(snug.reasoning()).contains("you like a snug fit, so down to 7.5");
        // A foot right on a chart row keeps its size whatever the preference.
        assertThat(recommender.recommend(Feet.with(Feet.cm(22.86), FitPreference.ROOMY), null).size()).isEqualTo(7.5);
    }

    @Test
    void measuredWidthPicksTheWidthOfThatSize() {
        assertThat(recommender.recommend(Feet.cm(24.3, 9.9), null).width()).isEqualTo(Width.MEDIUM);
        Recommendation wide = recommender.recommend(Feet.cm(24.3, 10.2), null);
        assertThat(wide.width()).isEqualTo(Width.WIDE);
        assertThat(wide.reasoning()).contains("a foot 10.2 cm wide at the ball is a WIDE (D) at US 9");
        assertThat(recommender.recommend(Feet.cm(24.3, 8.5), null).width()).isEqualTo(Width.NARROW);
        assertThat(recommender.recommend(Feet.cm(24.3, 11.5), null).width()).isEqualTo(Width.EXTRA_WIDE);
    }

    @Test
    void bunionsAndAWideForefootGoAWidthUpToAtLeastWide() {
        assertThat(recommender.recommend(Feet.with(Feet.cm(24.3, 9.9), Condition.BUNIONS), null).width()).isEqualTo(Width.WIDE);
        assertThat(recommender.recommend(Feet.with(Feet.cm(24.3, 10.2), Condition.WIDE_FOREFOOT), null).width())
                .isEqualTo(Width.EXTRA_WIDE);
        assertThat(recommender.recommend(Feet.with(Feet.cm(24.3, 8.5), Condition.BUNIONS), null).width()).isEqualTo(Width.WIDE);
        assertThat(recommender.recommend(Feet.with(Feet.cm(24.3), Condition.PLANTAR_FASCIITIS), null).width())
                .isEqualTo(Width.MEDIUM);
    }

    @Test
    void aKnownBrandIsTranslatedToTheChart() {
        Recommendation nike = recommender.recommend(Feet.shoe("nike", 8, Width.WIDE, ShoeFit.RIGHT), null);
        assertThat(nike.size()).isEqualTo(7.5);
        assertThat(nike.width()).isEqualTo(Width.WIDE);
        assertThat(nike.reasoning()).contains("Nike runs half a size small: your Nike 8 that fits right means about a US 7.5");
        assertThat(recommender.recommend(Feet.shoe("Dr Martens", 8, null, ShoeFit.RIGHT), null).size()).isEqualTo(8.5);
    }

    @Test
    void aShoeThatDoesNotFitPointsToTheNextHalfSize() {
        assertThat(recommender.recommend(Feet.shoe("ALLY", 7, null, ShoeFit.TOO_SMALL), null).size()).isEqualTo(7.5);
        assertThat(recommender.recommend(Feet.shoe("ALLY", 7, null, ShoeFit.TOO_BIG), null).size()).isEqualTo(6.5);
    }

    @Test
    void anUnknownBrandIsStandardSizingWithLessConfidence() {
        Recommendation known = recommender.recommend(Feet.shoe("Clarks", 8, Width.MEDIUM, ShoeFit.RIGHT), null);
        Recommendation unknown = recommender.recommend(Feet.shoe("Acme Shoe Co", 8, Width.MEDIUM, ShoeFit.RIGHT), null);
        assertThat(unknown.size()).isEqualTo(8.0);
        assertThat(unknown.confidence()).isLessThan(known.confidence());
        assertThat(unknown.reasoning()).containsIgnoringCase("we do not know how Acme Shoe Co sizes");
    }

    @Test
    void aFootAndAShoeThatAgreeAreSurerThanEitherAlone() {
        FitRequest foot = Feet.cm(22.86, 9.5);
        FitRequest both = new FitRequest(foot.feet(), Feet.shoe("ALLY", 7.5, Width.MEDIUM, ShoeFit.RIGHT).referenceShoes(),
                null, null, null);
        assertThat(recommender.recommend(both, null).confidence())
                .isGreaterThan(recommender.recommend(foot, null).confidence());
    }

    @Test
    void aStyleThatRunsSmallGoesUpHalfASize() {
        Recommendation r = recommender.recommend(Feet.cm(24.3), new StyleSizing("forever-flat", 0.5, 0));
        assertThat(r.size()).isEqualTo(9.5);
        assertThat(r.reasoning()).containsIgnoringCase("a 24.3 cm foot is a US 9").contains("this style runs half a size small, so 9.5");
        Recommendation narrow = recommender.recommend(Feet.cm(24.3), new StyleSizing("forever-flat", 0, 1));
        assertThat(narrow.width()).isEqualTo(Width.WIDE);
        assertThat(narrow.reasoning()).contains("this style runs narrow, so WIDE");
    }

    @Test
    void aFootOutsideTheRangeWeMakeIsNoSizeFits() {
        assertThatThrownBy(() -> recommender.recommend(Feet.cm(18), null))
                .isInstanceOf(NoSizeFits.class).hasMessageContaining("ALLY makes US 4 to 12");
        assertThatThrownBy(() -> recommender.recommend(Feet.cm(31), null)).isInstanceOf(NoSizeFits.class);
    }

    @Test
    void normalCdf() {
        assertThat(Recommender.normalCdf(0)).isEqualTo(0.5, org.assertj.core.api.Assertions.within(1e-7));
        assertThat(Recommender.normalCdf(1.96)).isEqualTo(0.975, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(Recommender.normalCdf(-1.96)).isEqualTo(0.025, org.assertj.core.api.Assertions.within(1e-4));
    }
}
