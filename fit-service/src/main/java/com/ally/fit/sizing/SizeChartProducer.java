package com.ally.fit.sizing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Reads the chart's data file once, at startup. */
@ApplicationScoped
public class SizeChartProducer {

    @Produces
    @Singleton
    SizeChart chart() {
        return SizeChart.load();
    }
}
