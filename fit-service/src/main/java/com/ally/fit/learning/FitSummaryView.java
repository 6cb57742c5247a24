package com.ally.fit.learning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's records for what returns taught about a style. */
public final class FitSummaryView {

    private FitSummaryView() {
    }

    @Schema(name = "FitSummary")
    public record Summary(
            @Schema(example = "forever-flat") String styleSlug,
            @Schema(example = "0.5", description = "Half sizes the fit finder adds for this style (+ runs small)") double sizeOffset,
            @Schema(example = "0", description = "Widths the fit finder adds for this style (+ runs narrow)") int widthOffset,
            @Schema(example = "runs half a size small, from 240 orders") String summary,
            Model model,
            EvidenceCounts evidence) {
    }

    @Schema(name = "FitModel", description = "Normal-normal Bayesian update with shrinkage toward 0: offset = sum(evidence) / (n + k)")
    public record Model(
            @Schema(example = "0.3103", description = "Posterior mean size offset, in sizes") double posteriorSizeOffset,
            @Schema(example = "0.0", description = "Posterior mean width offset, in widths") double posteriorWidthOffset,
            @Schema(example = "50", description = "Prior pseudo-count k") int priorPseudoCount,
            @Schema(example = "0.1", description = "Share of a step the posterior must pass the step's middle by") double roundingMargin) {
    }

    @Schema(name = "FitEvidence")
    public record EvidenceCounts(
            @Schema(example = "240") long orders,
            @Schema(example = "150") long kept,
            @Schema(example = "80") long tooSmall,
            @Schema(example = "0") long tooLarge,
            @Schema(example = "3") long tooNarrow,
            @Schema(example = "1") long tooWide,
            @Schema(example = "6", description = "Returned for reasons that say nothing about fit") long otherReturns) {
    }

    static Summary of(String slug, long orders, Evidence e, FitModel.Posterior posterior, FitModel model) {
        return new Summary(slug, posterior.sizeOffset(), posterior.widthOffset(), posterior.words(orders),
                new Model(round(posterior.size()), round(posterior.width()), model.priorPseudoCount(), model.margin()),
                new EvidenceCounts(orders, e.kept(), e.tooSmall(), e.tooLarge(), e.tooNarrow(), e.tooWide(), e.otherReturns()));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
