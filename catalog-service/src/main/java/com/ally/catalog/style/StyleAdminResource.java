package com.ally.catalog.style;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.catalog.http.Conditional;
import com.ally.catalog.idempotency.Idempotency;
import com.ally.catalog.problem.ApiException;
import com.ally.catalog.problem.Problem;

/** Staff edit styles and colourways here; every write names its admin in the audit log. */
@Path("/admin/styles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("catalog-admin")
@Tag(name = "Styles (admin)", description = "Create, edit, publish and retire styles and colourways (catalog-admin)")
public class StyleAdminResource {

    static final String IDEMPOTENT = "Send an Idempotency-Key to make retries safe: the same key and body replay the first answer"
            + " (Idempotent-Replayed: true), the same key with another body is 422; keys are kept 24 h.";
    static final String KEY = "any unique string (1 to 200 characters), e.g. a UUID per intended create";

    private final StyleService styles;
    private final JsonWebToken token;

    public StyleAdminResource(StyleService styles, JsonWebToken token) {
        this.styles = styles;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a style (DRAFT)", description = IDEMPOTENT)
    @APIResponse(responseCode = "201", description = "Created (or replayed, with Idempotent-Replayed: true)", content = @Content(schema = @Schema(implementation = StyleView.Admin.class)))
    @APIResponse(responseCode = "409", description = "Slug or code taken (DUPLICATE_SLUG, DUPLICATE_CODE)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@Valid @NotNull StyleView.Create request,
            @Parameter(description = KEY, example = "3f9c2a1e-create-forever-flat") @HeaderParam(Idempotency.HEADER) String key) {
        return created(styles.create(request, key, token.getSubject()), request.slug());
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "A style in any status, with stock; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The style", content = @Content(schema = @Schema(implementation = StyleView.Admin.class)))
    public Response get(@PathParam("slug") String slug) {
        var found = styles.adminView(slug).orElseThrow(() -> ApiException.notFound("Style", slug));
        return Response.ok(found.body()).tag(Conditional.versionTag(found.version())).build();
    }

    @PATCH
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a style", description = "Absent fields stay. Send If-Match with the version ETag: 412 when someone changed it since.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = StyleView.Admin.class)))
    @APIResponse(responseCode = "412", description = "Changed since read (PRECONDITION_FAILED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StyleView.Patch patch) {
        return versioned(styles.update(slug, patch, ifMatch, token.getSubject()));
    }

    @POST
    @Path("{slug}/publish")
    @Operation(summary = "Publish: DRAFT or RETIRED to ACTIVE", description = "Needs at least one colourway.")
    @APIResponse(responseCode = "200", description = "Now ACTIVE", content = @Content(schema = @Schema(implementation = StyleView.Admin.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from this status (ILLEGAL_TRANSITION)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response publish(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch) {
        return versioned(styles.publish(slug, ifMatch, token.getSubject()));
    }

    @POST
    @Path("{slug}/retire")
    @Operation(summary = "Retire: ACTIVE to RETIRED (hidden from shoppers)")
    @APIResponse(responseCode = "200", description = "Now RETIRED", content = @Content(schema = @Schema(implementation = StyleView.Admin.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from this status (ILLEGAL_TRANSITION)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response retire(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch) {
        return versioned(styles.retire(slug, ifMatch, token.getSubject()));
    }

    @POST
    @Path("{slug}/colourways")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a colourway", description = "Creates its SKUs: each offered size (4.0 to 12.0 in halves) in each offered width; all 68 by default. " + IDEMPOTENT)
    @APIResponse(responseCode = "201", description = "The style with the new colourway (or the replayed answer, with Idempotent-Replayed: true)", content = @Content(schema = @Schema(implementation = StyleView.Admin.class)))
    @APIResponse(responseCode = "409", description = "The style has that colourway code (DUPLICATE_CODE)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response addColourway(@PathParam("slug") String slug, @Valid @NotNull StyleView.ColourwayCreate request,
            @Parameter(description = KEY, example = "3f9c2a1e-colourway-blksue") @HeaderParam(Idempotency.HEADER) String key) {
        return created(styles.addColourway(slug, request, key, token.getSubject()), slug);
    }

    @PATCH
    @Path("{slug}/colourways/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a colourway's name, images or price", description = "A new price is announced as price-changed. If-Match: the style's version.")
    @APIResponse(responseCode = "200", description = "The style", content = @Content(schema = @Schema(implementation = StyleView.Admin.class)))
    @APIResponse(responseCode = "412", description = "Changed since read (PRECONDITION_FAILED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response updateColourway(@PathParam("slug") String slug, @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull StyleView.ColourwayPatch patch) {
        return versioned(styles.updateColourway(slug, code, patch, ifMatch, token.getSubject()));
    }

    /** 201 at the style; a first answer carries the style's version as ETag, a replay does not (GET it). */
    private Response created(Idempotency.Answer answer, String slug) {
        Response.ResponseBuilder response = answer.response().location(URI.create("admin/styles/" + slug));
        return answer.replayed() ? response.build() : response.tag(Conditional.versionTag(styles.version(slug))).build();
    }

    private Response versioned(StyleView.Admin style) {
        return Response.ok(style).tag(Conditional.versionTag(styles.version(style.slug()))).build();
    }
}
