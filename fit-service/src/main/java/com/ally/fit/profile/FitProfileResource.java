package com.ally.fit.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.fit.problem.ApiException;
import com.ally.fit.problem.Problem;
import com.ally.fit.recommendation.RecommendationView;

/** A customer's own fit profile; nobody else's is ever visible (404, as if it did not exist). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fit profiles", description = "A customer's saved fit finder answers")
@SecurityRequirement(name = "bearer")
public class FitProfileResource {

    private final FitProfileService profiles;
    private final JsonWebToken token;

    public FitProfileResource(FitProfileService profiles, JsonWebToken token) {
        this.profiles = profiles;
        this.token = token;
    }

    @PUT
    @Path("fit-profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("customer")
    @Operation(summary = "Save my fit profile", description = "Creates or replaces the calling customer's profile.")
    @APIResponse(responseCode = "200", description = "The saved profile", content = @Content(schema = @Schema(implementation = FitProfileView.Profile.class)))
    public FitProfileView.Profile save(@Valid @NotNull FitProfileView.Request request) {
        return profiles.save(token.getSubject(), request);
    }

    @GET
    @Path("fit-profile")
    @RolesAllowed("customer")
    @Operation(summary = "Read my fit profile")
    @APIResponse(responseCode = "200", description = "The profile", content = @Content(schema = @Schema(implementation = FitProfileView.Profile.class)))
    @APIResponse(responseCode = "404", description = "No profile saved (NOT_FOUND)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public FitProfileView.Profile get() {
        return profiles.find(token.getSubject()).orElseThrow(() -> ApiException.notFound("Fit profile", "of this customer"));
    }

    @DELETE
    @Path("fit-profile")
    @RolesAllowed("customer")
    @Operation(summary = "Delete my fit profile", description = "Deletes the stored row; nothing of it is kept.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No profile saved (NOT_FOUND)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response delete() {
        if (!profiles.delete(token.getSubject())) {
            throw ApiException.notFound("Fit profile", "of this customer");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("styles/{slug}/recommendation")
    @RolesAllowed("customer")
    @Operation(summary = "My size in a style", description = "The recommendation for one style from the calling customer's saved profile.")
    @APIResponse(responseCode = "200", description = "The recommendation", content = @Content(schema = @Schema(implementation = RecommendationView.Answer.class)))
    @APIResponse(responseCode = "404", description = "Unknown style (NOT_FOUND) or no profile saved (PROFILE_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The profile points to a size ALLY does not make (NO_SIZE_FITS)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RecommendationView.Answer recommendation(@PathParam("slug") String slug) {
        return profiles.recommendation(token.getSubject(), slug).orElseThrow(() -> ApiException.notFound("Style", slug));
    }
}
