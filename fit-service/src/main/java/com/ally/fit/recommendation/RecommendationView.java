package com.ally.fit.recommendation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.ally.fit.sizing.Width;

/** The API's records for recommendations. */
public final class RecommendationView {

    private RecommendationView() {
    }

    @Schema(name = "Recommendation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(
            @Schema(example = "8.0") double size,
            @Schema(example = "MEDIUM") Width width,
            @Schema(example = "0.68", description = "How likely this is the right size and width, 0 to 1") double confidence,
            Choice runnerUp,
            @Schema(example = "A 23.3 cm foot is a US 8 on the Brannock women's scale; without a width measurement we assume MEDIUM (B); we recommend US 8 MEDIUM, then US 8.5 MEDIUM.") String reasoning,
            @Schema(example = "forever-flat", description = "The style the answer is for, when one was named") String style,
            @Schema(description = "In-stock styles in this size and width that suit every condition named; only when conditions were given") List<Suggestion> suggestedStyles) {
    }

    @Schema(name = "SizeChoice")
    public record Choice(@Schema(example = "8.5") double size, @Schema(example = "MEDIUM") Width width) {
    }

    @Schema(name = "StyleSuggestion")
    public record Suggestion(
            @Schema(example = "forever-flat") String slug,
            @Schema(example = "The Forever Flat") String name,
            @Schema(example = "[\"a low 0.6-inch heel with arch support\"]") List<String> why) {
    }

    static Answer of(Recommendation r, String style, List<Suggestion> suggestions) {
        Choice runnerUp = r.runnerUp() == null ? null : new Choice(r.runnerUp().size(), r.runnerUp().width());
        return new Answer(r.size(), r.width(), r.confidence(), runnerUp, r.reasoning(), style, suggestions);
    }
}
