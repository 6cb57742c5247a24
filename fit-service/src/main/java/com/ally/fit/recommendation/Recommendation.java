package com.ally.fit.recommendation;

import com.ally.fit.sizing.Width;

/** The fit finder's answer, before any style suggestions are added. */
public record Recommendation(double size, Width width, double confidence, Choice runnerUp, String reasoning) {

    public record Choice(double size, Width width) {
    }
}
