package com.ally.fit.learning;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.fit.http.Conditional;
import com.ally.fit.problem.ApiException;

@Path("/styles/{slug}/fit-summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fit learning", description = "What delivered and returned pairs teach about each style")
public class FitSummaryResource {

    private final LearningService learning;
    private final Conditional conditional;

    public FitSummaryResource(LearningService learning, Conditional conditional) {
        this.learning = learning;
        this.conditional = conditional;
    }

    @GET
    @Operation(summary = "How a style fits", description = "Its size and width offsets learned from kept pairs and fit returns, in words and numbers.")
    @APIResponse(responseCode = "200", description = "The style's fit summary", content = @Content(schema = @Schema(implementation = FitSummaryView.Summary.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match ETag")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return learning.summary(slug).map(s -> conditional.ok(request, s))
                .orElseThrow(() -> ApiException.notFound("Style", slug));
    }
}
