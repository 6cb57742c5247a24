package com.ally.fit.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** fit-service's own settings, under {@code ally.fit}. */
@ConfigMapping(prefix = "ally.fit")
public interface FitConfig {

    /** Prior pseudo-count k of the fit model: how many kept pairs "true to size" is worth before any evidence. */
    @WithDefault("50")
    int priorPseudoCount();

    /** How far past the middle of a step (as a share of the step) a posterior must be before it is applied. */
    @WithDefault("0.1")
    double roundingMargin();

    /** At most this many styles are suggested for a shopper's conditions. */
    @WithDefault("6")
    int maxSuggestions();

    /** How long the styles in stock in one size and width are kept before the replica is asked again (catalog/StylesInStock). */
    @WithDefault("1s")
    Duration stylesInStockTtl();
}
