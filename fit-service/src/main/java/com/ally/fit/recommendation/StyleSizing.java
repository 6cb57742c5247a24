package com.ally.fit.recommendation;

/**
 * What the fit finder applies for one style, from what returns taught about it.
 *
 * @param sizeOffset half sizes to add: +0.5 when the style runs half a size small
 * @param widthSteps widths to add: +1 when the style runs narrow
 */
public record StyleSizing(String slug, double sizeOffset, int widthSteps) {

    public static StyleSizing standard(String slug) {
        return new StyleSizing(slug, 0, 0);
    }
}
