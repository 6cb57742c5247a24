package com.ally.fit.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.ally.fit.config.FitConfig;

/** The fit model with its configured prior and rounding margin. */
@ApplicationScoped
public class FitModelProducer {

    @Produces
    @Singleton
    FitModel model(FitConfig config) {
        return new FitModel(config.priorPseudoCount(), config.roundingMargin());
    }
}
