package com.ally.fit.profile;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.ally.fit.problem.ApiException;
import com.ally.fit.recommendation.RecommendationService;
import com.ally.fit.recommendation.RecommendationView;
import com.ally.fit.recommendation.RequestRules;

/** Saves, reads and deletes a customer's own fit profile, and recommends from it. */
@ApplicationScoped
public class FitProfileService {

    private final ObjectMapper json;
    private final RecommendationService recommendations;

    public FitProfileService(ObjectMapper json, RecommendationService recommendations) {
        this.json = json;
        this.recommendations = recommendations;
    }

    @Transactional
    public FitProfileView.Profile save(String customerId, FitProfileView.Request request) {
        RequestRules.check(request.toFitRequest());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try {
            FitProfile.save(customerId, json.writeValueAsString(request), now);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return FitProfileView.of(request, now);
    }

    public Optional<FitProfileView.Profile> find(String customerId) {
        return FitProfile.ofCustomer(customerId).map(p -> FitProfileView.of(read(p), p.updatedAt));
    }

    @Transactional
    public boolean delete(String customerId) {
        return FitProfile.deleteOf(customerId);
    }

    /**
     * @return the recommendation for the style, or empty when the style is unknown
     * @throws ApiException 404 PROFILE_NOT_FOUND when the customer has saved no profile
     */
    public Optional<RecommendationView.Answer> recommendation(String customerId, String slug) {
        FitProfile profile = FitProfile.ofCustomer(customerId).orElseThrow(() -> new ApiException(404, "PROFILE_NOT_FOUND",
                "Not found", "Save a fit profile first: PUT /fit-profile"));
        return recommendations.recommendFor(read(profile).toFitRequest(), slug);
    }

    private FitProfileView.Request read(FitProfile profile) {
        try {
            return json.readValue(profile.profile, FitProfileView.Request.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored fit profile cannot be read", e);
        }
    }
}
