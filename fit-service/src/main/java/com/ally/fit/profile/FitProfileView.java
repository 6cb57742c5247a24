package com.ally.fit.profile;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.ally.fit.recommendation.Condition;
import com.ally.fit.recommendation.FitPreference;
import com.ally.fit.recommendation.FitRequest;
import com.ally.fit.recommendation.FitRequest.ReferenceShoe;

/** The API's records for fit profiles. */
public final class FitProfileView {

    private FitProfileView() {
    }

    @Schema(name = "FitProfileRequest", description = "What the fit finder should remember; the same fields as a recommendation request, without a style")
    public record Request(
            @Valid FitRequest.Feet feet,
            @Size(max = 5) List<@NotNull @Valid ReferenceShoe> referenceShoes,
            @Schema(example = "ROOMY") FitPreference fitPreference,
            @Size(max = 5) List<@NotNull Condition> conditions) {

        public FitRequest toFitRequest() {
            return new FitRequest(feet, referenceShoes, fitPreference, conditions, null);
        }
    }

    @Schema(name = "FitProfile")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Profile(
            FitRequest.Feet feet,
            List<FitRequest.ReferenceShoe> referenceShoes,
            @Schema(example = "ROOMY") FitPreference fitPreference,
            List<Condition> conditions,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt) {
    }

    static Profile of(Request request, Instant updatedAt) {
        return new Profile(request.feet(), request.referenceShoes(), request.fitPreference(), request.conditions(), updatedAt);
    }
}
