package com.ally.catalog.style;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.catalog.http.Conditional;
import com.ally.catalog.paging.PageRequest;
import com.ally.catalog.problem.ApiException;

/** What shoppers read: public styles only, no token needed, cacheable. */
@Path("/styles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Styles", description = "Browse styles, their colourways, prices and size x width availability")
public class StyleResource {

    private final StyleService styles;
    private final Conditional conditional;

    public StyleResource(StyleService styles, Conditional conditional) {
        this.styles = styles;
        this.conditional = conditional;
    }

    @GET
    @Operation(summary = "List public styles", description = "Filters combine with AND; colour, price and size/width/inStock must hold for one colourway. Keyset paged; facets count the styles of the whole filter.")
    @APIResponse(responseCode = "200", description = "One page, with facets", content = @Content(schema = @Schema(implementation = StyleView.ListPage.class)))
    public Response list(
            @Parameter(description = "collection slug", example = "forever-flats") @QueryParam("collection") String collection,
            @Parameter(description = "HEEL or FLAT") @QueryParam("category") String category,
            @Parameter(example = "BLACK") @QueryParam("colour") String colour,
            @Parameter(description = "inches", example = "0.5") @QueryParam("heelMin") String heelMin,
            @Parameter(description = "inches", example = "3.0") @QueryParam("heelMax") String heelMax,
            @Parameter(description = "minor units", example = "10000") @QueryParam("priceMin") String priceMin,
            @Parameter(description = "minor units", example = "25000") @QueryParam("priceMax") String priceMax,
            @Parameter(description = "words searched in name and description", example = "pointed flat") @QueryParam("q") String q,
            @Parameter(example = "9") @QueryParam("size") String size,
            @Parameter(example = "WIDE") @QueryParam("width") String width,
            @Parameter(description = "only what can be bought now (in that size and width when given)") @QueryParam("inStock") String inStock,
            @Parameter(description = "featured (default), price, -price or newest") @QueryParam("sort") String sort,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context Request request,
            @Context UriInfo uri) {
        StyleFilter filter = StyleFilter.parse(collection, category, colour, heelMin, heelMax, priceMin, priceMax, q, size,
                width, inStock, sort);
        PageRequest page = PageRequest.of(limit, cursor);
        return conditional.cached(request, uri, () -> styles.list(filter, page));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One public style", description = "Its colourways, prices and, per colourway, the size x width availability grid.")
    @APIResponse(responseCode = "200", description = "The style", content = @Content(schema = @Schema(implementation = StyleView.Public.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match ETag")
    public Response get(@PathParam("slug") String slug, @Context Request request, @Context UriInfo uri) {
        return conditional.cached(request, uri,
                () -> styles.shopperView(slug).orElseThrow(() -> ApiException.notFound("Style", slug)));
    }
}
