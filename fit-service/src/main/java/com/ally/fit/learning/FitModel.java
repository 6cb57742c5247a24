package com.ally.fit.learning;

/**
 * How returns move a style's size and width offsets: a normal-normal Bayesian update with shrinkage
 * toward "true to size".
 *
 * <p>Each pair that says something about length is an observation x: +1 returned TOO_SMALL, -1
 * returned TOO_LARGE, 0 kept; each pair that says something about width likewise (+1 TOO_NARROW,
 * -1 TOO_WIDE, 0 kept). With a normal prior on the offset centred on 0 that is worth {@code k}
 * observations (the prior pseudo-count, default 50), the posterior mean is
 * {@code offset = sum(x) / (n + k)}: the share of buyers it was too small for, less the share it
 * was too large for, shrunk toward 0. Three returns of a style with no other history give 3/53 = 0.06;
 * 120 of 240 give 120/290 = 0.41.
 *
 * <p>The offset is applied in whole steps (half a size; one width) only when the posterior is
 * clearly past the middle of a step: by more than {@code margin} of a step (default 0.1, so past
 * +/-0.30 sizes for a half size and past +/-0.6 for a width), so that a style does not flip back and
 * forth on every return while it sits near a boundary.
 */
public record FitModel(int priorPseudoCount, double margin) {

    static final double SIZE_STEP = 0.5;
    static final double WIDTH_STEP = 1;

    public Posterior posterior(Evidence e) {
        double size = (double) (e.tooSmall() - e.tooLarge()) / (e.sizeObservations() + priorPseudoCount);
        double width = (double) (e.tooNarrow() - e.tooWide()) / (e.widthObservations() + priorPseudoCount);
        return new Posterior(size, width, applied(size, SIZE_STEP), (int) applied(width, WIDTH_STEP));
    }

    private double applied(double posterior, double step) {
        double steps = Math.floor(Math.abs(posterior) / step + 0.5 - margin);
        return Math.signum(posterior) * Math.max(0, steps) * step;
    }

    /**
     * @param size        posterior mean size offset, in sizes (+ runs small)
     * @param width       posterior mean width offset, in widths (+ runs narrow)
     * @param sizeOffset  the half sizes the fit finder adds
     * @param widthOffset the widths the fit finder adds
     */
    public record Posterior(double size, double width, double sizeOffset, int widthOffset) {

        /** "runs half a size small", "true to size but runs narrow", ... */
        public String words(long orders) {
            if (orders == 0) {
                return "no fit evidence yet: standard sizing";
            }
            String length = sizeOffset == 0 ? "true to size"
                    : "runs " + (Math.abs(sizeOffset) == 0.5 ? "half a size" : Math.abs(sizeOffset) == 1 ? "a full size"
                            : Math.abs(sizeOffset) + " sizes") + (sizeOffset > 0 ? " small" : " large");
            String across = widthOffset == 0 ? null : widthOffset > 0 ? "narrow" : "wide";
            String text = across == null ? length
                    : sizeOffset == 0 ? "true to length but runs " + across : length + " and " + across;
            return text + ", from " + orders + (orders == 1 ? " order" : " orders");
        }
    }
}
