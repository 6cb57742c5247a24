package com.ally.fit.sizing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

@Path("/size-chart")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Size chart", description = "US women's sizes 4 to 12 with lengths, equivalents and widths")
public class SizeChartResource {

    private final SizeChartView.Chart chart;
    private final Conditional conditional;

    public SizeChartResource(SizeChart chart, Conditional conditional) {
        this.chart = SizeChartView.of(chart);
        this.conditional = conditional;
    }

    @GET
    @Operation(summary = "The size chart", description = "US women's sizes 4 to 12 in half sizes on the Brannock Device women's scale: "
            + "foot length in inches and cm, UK, EU, Mondopoint, and the ball-of-foot width range of each width.")
    @APIResponse(responseCode = "200", description = "The chart", content = @Content(schema = @Schema(implementation = SizeChartView.Chart.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match ETag")
    public Response get(@Context Request request) {
        return conditional.ok(request, chart);
    }
}
