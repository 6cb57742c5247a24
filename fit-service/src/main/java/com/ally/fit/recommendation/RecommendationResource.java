package com.ally.fit.recommendation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.fit.problem.Problem;

@Path("/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fit finder", description = "Size and width recommendations that explain themselves")
public class RecommendationResource {

    private final RecommendationService recommendations;

    public RecommendationResource(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recommend a size and width", description = "From measured feet, shoes the shopper owns, a fit preference "
            + "and foot conditions, optionally for one style. Public; the gateway rate-limits shopper POSTs. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The recommendation", content = @Content(schema = @Schema(implementation = RecommendationView.Answer.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid (VALIDATION_FAILED, UNKNOWN_FIELD) or the style is unknown (UNKNOWN_STYLE)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The evidence points to a size ALLY does not make (NO_SIZE_FITS)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RecommendationView.Answer recommend(@Valid @NotNull FitRequest request) {
        return recommendations.recommend(request);
    }
}
