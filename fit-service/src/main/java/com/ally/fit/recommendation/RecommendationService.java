package com.ally.fit.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.ally.fit.catalog.CatalogStyle;
import com.ally.fit.catalog.StylesInStock;
import com.ally.fit.config.FitConfig;
import com.ally.fit.learning.LearningService;
import com.ally.fit.sizing.SizeChart;

/** Gathers what the recommender needs (the style's learned offsets, the catalog replica) and asks it. */
@ApplicationScoped
public class RecommendationService {

    private final Recommender recommender;
    private final LearningService learning;
    private final StylesInStock inStock;
    private final FitConfig config;

    public RecommendationService(SizeChart chart, LearningService learning, StylesInStock inStock, FitConfig config) {
        this.recommender = new Recommender(chart, ReferenceBrands.load());
        this.learning = learning;
        this.inStock = inStock;
        this.config = config;
    }

    /** @throws UnknownStyle when the request names a style nobody told us about */
    public RecommendationView.Answer recommend(FitRequest request) {
        RequestRules.check(request);
        if (request.style() != null && !known(request.style())) {
            throw new UnknownStyle(request.style());
        }
        return answer(request);
    }

    /** The recommendation for a style by slug, or empty when the style is unknown. */
    public Optional<RecommendationView.Answer> recommendFor(FitRequest profile, String slug) {
        if (!known(slug)) {
            return Optional.empty();
        }
        return Optional.of(answer(profile.forStyle(slug)));
    }

    private RecommendationView.Answer answer(FitRequest request) {
        StyleSizing style = request.style() == null ? null : learning.sizing(request.style());
        Recommendation recommendation = recommender.recommend(request, style);
        List<RecommendationView.Suggestion> suggestions = request.conditionList().isEmpty() ? null
                : suggest(request.conditionList(), recommendation);
        return RecommendationView.of(recommendation, request.style(), suggestions);
    }

    private List<RecommendationView.Suggestion> suggest(List<Condition> conditions, Recommendation recommendation) {
        List<RecommendationView.Suggestion> suggestions = new ArrayList<>();
        for (StyleFacts style : inStock.in(recommendation.size(), recommendation.width().name())) {
            ConditionRules.suits(style, conditions).ifPresent(why ->
                    suggestions.add(new RecommendationView.Suggestion(style.slug(), style.name(), why)));
            if (suggestions.size() == config.maxSuggestions()) {
                break;
            }
        }
        return suggestions;
    }

    private boolean known(String slug) {
        return CatalogStyle.findBySlug(slug).isPresent() || learning.knows(slug);
    }
}
