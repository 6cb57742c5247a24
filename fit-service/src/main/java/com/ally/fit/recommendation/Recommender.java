package com.ally.fit.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.ally.fit.sizing.LengthUnit;
import com.ally.fit.sizing.SizeChart;
import com.ally.fit.sizing.SizeRow;
import com.ally.fit.sizing.Width;

/**
 * Turns what a shopper tells us into a size and width, with a confidence and plain-words reasons.
 *
 * <p>Each piece of evidence is an estimate of the shopper's size on the chart with an uncertainty
 * (standard deviation, in sizes): a measured foot 0.25 (about 2 mm of home-measuring error), a
 * shoe of a known brand 0.35, of an unknown brand 0.6, plus 0.1 when that shoe does not fit right.
 * They are combined by inverse-variance weighting; when they disagree more than their
 * uncertainties allow, the spread widens the combined uncertainty. The style's learned offset and
 * the fit preference move the estimate, which is then rounded to the nearest half size. The
 * confidence is the chance, under that normal estimate, that the true size rounds to the same half
 * size, times how sure the width is (measured 0.9, from a shoe 0.8, assumed MEDIUM 0.7).
 */
public final class Recommender {

    static final double FOOT_SD = 0.25;
    static final double KNOWN_BRAND_SD = 0.35;
    static final double UNKNOWN_BRAND_SD = 0.6;
    static final double MISFIT_EXTRA_SD = 0.1;
    static final double MAX_CONFIDENCE = 0.95;

    private final SizeChart chart;
    private final ReferenceBrands brands;

    public Recommender(SizeChart chart, ReferenceBrands brands) {
        this.chart = chart;
        this.brands = brands;
    }

    public Recommendation recommend(FitRequest request, StyleSizing style) {
        List<String> reasons = new ArrayList<>();
        List<Estimate> estimates = new ArrayList<>();
        Optional<Measured> foot = longerFoot(request.feet());
        foot.ifPresent(f -> {
            double size = SizeChart.continuousSize(f.lengthInches());
            estimates.add(new Estimate(size, FOOT_SD));
            reasons.add(f.describeLength() + " is a US " + SizeChart.format(SizeChart.toHalfSize(size))
                    + " on the Brannock women's scale");
        });
        for (FitRequest.ReferenceShoe shoe : request.shoes()) {
            estimates.add(fromShoe(shoe, reasons));
        }
        Estimate combined = combine(estimates);

        double target = combined.size();
        String field = foot.isPresent() ? "feet" : "referenceShoes";
        if (style != null && style.sizeOffset() != 0) {
            target += style.sizeOffset();
            reasons.add("this style runs " + halves(Math.abs(style.sizeOffset()))
                    + (style.sizeOffset() > 0 ? " small" : " large") + ", so "
                    + SizeChart.format(SizeChart.toHalfSize(target)));
        }
        FitPreference preference = request.preference();
        target += preference.shift();
        double size = SizeChart.toHalfSize(target);
        if (preference != FitPreference.REGULAR && size != SizeChart.toHalfSize(target - preference.shift())) {
            reasons.add("you like a " + preference.name().toLowerCase(Locale.ROOT) + " fit, so "
                    + (preference == FitPreference.ROOMY ? "up" : "down") + " to " + SizeChart.format(size));
        }
        if (size < chart.smallest() || size > chart.largest()) {
            throw new NoSizeFits(field, "That is a US " + SizeChart.format(size) + "; ALLY makes US "
                    + SizeChart.format(chart.smallest()) + " to " + SizeChart.format(chart.largest()));
        }
        SizeRow row = chart.row(size).orElseThrow();

        WidthChoice width = width(request, row, foot, reasons);
        if (style != null && style.widthSteps() != 0) {
            Width before = width.width();
            width = width.with(before.step(style.widthSteps()));
            if (width.width() != before) {
                reasons.add("this style runs " + (style.widthSteps() > 0 ? "narrow" : "wide") + ", so "
                        + width.width().name());
            }
        }

        double sizeMargin = (0.25 - Math.abs(target - size)) / 0.25;
        double pSize = normalCdf((size + 0.25 - target) / combined.sd()) - normalCdf((size - 0.25 - target) / combined.sd());
        double confidence = Math.min(MAX_CONFIDENCE, Math.round(pSize * width.certainty() * 100) / 100.0);
        Recommendation.Choice runnerUp = runnerUp(size, target, sizeMargin, width);
        reasons.add("we recommend US " + SizeChart.format(size) + " " + width.width().name()
                + (runnerUp == null ? "" : ", then US " + SizeChart.format(runnerUp.size()) + " " + runnerUp.width().name()));
        return new Recommendation(size, width.width(), confidence, runnerUp, capitalise(String.join("; ", reasons)) + ".");
    }

    private Estimate fromShoe(FitRequest.ReferenceShoe shoe, List<String> reasons) {
        Optional<ReferenceBrands.Brand> brand = brands.find(shoe.brand());
        double offset = brand.map(ReferenceBrands.Brand::sizeOffset).orElse(0.0);
        double sd = brand.isPresent() ? KNOWN_BRAND_SD : UNKNOWN_BRAND_SD;
        if (shoe.fit() != ShoeFit.RIGHT) {
            sd += MISFIT_EXTRA_SD;
        }
        double size = shoe.size() + offset + shoe.fit().correction();
        String label = brand.map(ReferenceBrands.Brand::name).orElse(shoe.brand().strip());
        String fits = switch (shoe.fit()) {
            case RIGHT -> "that fits right";
            case TOO_SMALL -> "that is too small";
            case TOO_BIG -> "that is too big";
        };
        String how = brand.isEmpty() ? "we do not know how " + label + " sizes, so we read it as standard sizing (less sure): "
                : offset == 0 ? label + " sizes like the chart: "
                : label + " runs " + halves(Math.abs(offset)) + (offset < 0 ? " small" : " large") + ": ";
        reasons.add(how + "your " + label + " " + SizeChart.format(shoe.size()) + " " + fits + " means about a US "
                + SizeChart.format(SizeChart.toHalfSize(size)));
        return new Estimate(size, sd);
    }

    private WidthChoice width(FitRequest request, SizeRow row, Optional<Measured> foot, List<String> reasons) {
        Optional<Measured> wider = widerFoot(request.feet());
        WidthChoice choice;
        if (wider.isPresent()) {
            double ball = wider.get().widthInches();
            Width width = row.widthFor(ball);
            reasons.add(wider.get().describeWidth() + " is " + article(width) + " " + width.name()
                    + " (" + width.letter() + ") at US " + SizeChart.format(row.us()));
            double margin = Math.min(1, row.distanceToWidthBoundary(ball) / (3.0 / 16));
            choice = new WidthChoice(width, 0.9, margin, ball, row);
        } else {
            Optional<FitRequest.ReferenceShoe> shoe = request.shoes().stream().filter(s -> s.width() != null)
                    .min(Comparator.comparing(s -> s.fit() == ShoeFit.RIGHT ? 0 : 1));
            if (shoe.isPresent()) {
                Width width = shoe.get().width();
                reasons.add("your " + shoe.get().brand().strip() + " is " + width.name() + ", so " + width.name());
                choice = new WidthChoice(width, 0.8, 1, null, row);
            } else {
                choice = new WidthChoice(Width.MEDIUM, 0.7, 1, null, row);
                reasons.add("without a width measurement we assume MEDIUM (B)");
            }
        }
        List<Condition> conditions = request.conditionList();
        if (conditions.contains(Condition.BUNIONS) || conditions.contains(Condition.WIDE_FOREFOOT)) {
            Width roomier = choice.width().step(1).atLeast(Width.WIDE);
            reasons.add((conditions.contains(Condition.BUNIONS) ? "bunions" : "a wide forefoot")
                    + " need room across the ball, so " + roomier.name());
            choice = choice.with(roomier);
        }
        return choice;
    }

    /** The other half size when the estimate leans towards it, or the other width when that is the closer call. */
    private Recommendation.Choice runnerUp(double size, double target, double sizeMargin, WidthChoice width) {
        double otherSize = target >= size ? size + 0.5 : size - 0.5;
        if (otherSize > chart.largest() || otherSize < chart.smallest()) {
            otherSize = size == chart.largest() ? size - 0.5 : size + 0.5;
        }
        Recommendation.Choice bySize = new Recommendation.Choice(otherSize, width.width());
        Optional<Width> otherWidth = width.neighbour();
        if (otherWidth.isPresent() && width.margin() < sizeMargin) {
            return new Recommendation.Choice(size, otherWidth.get());
        }
        return bySize;
    }

    private static Estimate combine(List<Estimate> estimates) {
        double weights = 0;
        double sum = 0;
        for (Estimate e : estimates) {
            double w = 1 / (e.sd() * e.sd());
            weights += w;
            sum += w * e.size();
        }
        double mean = sum / weights;
        double variance = 1 / weights;
        if (estimates.size() > 1) {
            double spread = 0;
            for (Estimate e : estimates) {
                spread += (1 / (e.sd() * e.sd())) * Math.pow(e.size() - mean, 2);
            }
            variance += spread / weights;
        }
        return new Estimate(mean, Math.sqrt(variance));
    }

    private static Optional<Measured> longerFoot(FitRequest.Feet feet) {
        return measured(feet).stream().max(Comparator.comparingDouble(Measured::lengthInches));
    }

    private static Optional<Measured> widerFoot(FitRequest.Feet feet) {
        return measured(feet).stream().filter(m -> m.width() != null).max(Comparator.comparingDouble(Measured::widthInches));
    }

    private static List<Measured> measured(FitRequest.Feet feet) {
        List<Measured> all = new ArrayList<>();
        if (feet != null) {
            boolean both = feet.left() != null && feet.right() != null;
            if (feet.left() != null) {
                all.add(new Measured(feet.unit(), feet.left().length(), feet.left().width(), both ? "left" : null));
            }
            if (feet.right() != null) {
                all.add(new Measured(feet.unit(), feet.right().length(), feet.right().width(), both ? "right" : null));
            }
        }
        return all;
    }

    static String halves(double offset) {
        if (offset == 0.5) {
            return "half a size";
        }
        if (offset == 1) {
            return "a full size";
        }
        return SizeChart.format(offset) + " sizes";
    }

    private static String article(Width width) {
        return width == Width.EXTRA_WIDE ? "an" : "a";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Standard normal CDF via the Abramowitz and Stegun 7.1.26 erf approximation (error below 1.5e-7). */
    static double normalCdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
                * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }

    private record Estimate(double size, double sd) {
    }

    private record Measured(LengthUnit unit, double length, Double width, String side) {

        double lengthInches() {
            return unit.toInches(length);
        }

        double widthInches() {
            return unit.toInches(width);
        }

        String describeLength() {
            String length = number(this.length) + " " + unit.label();
            return side == null ? "a " + length + " foot" : "your longer foot (" + side + ", " + length + ")";
        }

        String describeWidth() {
            String width = number(this.width) + " " + unit.label();
            return side == null ? "a foot " + width + " wide at the ball" : "your wider foot (" + side + ", " + width + " at the ball)";
        }

        private static String number(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }
    }

    /** A width with how sure we are of it and, for a measured foot, how far it sits from the next width. */
    private record WidthChoice(Width width, double certainty, double margin, Double ballInches, SizeRow row) {

        WidthChoice with(Width other) {
            return new WidthChoice(other, certainty, other == width ? margin : 1, other == width ? ballInches : null, row);
        }

        Optional<Width> neighbour() {
            if (ballInches == null) {
                return Optional.empty();
            }
            SizeRow.WidthRange range = row.widths().get(width);
            double mid = (range.minInches() + range.maxInches()) / 2;
            Width other = width.step(ballInches >= mid ? 1 : -1);
            return other == width ? Optional.empty() : Optional.of(other);
        }
    }
}
