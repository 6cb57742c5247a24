package com.ally.catalog.inventory;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.ally.catalog.idempotency.Idempotency;
import com.ally.catalog.problem.ApiException;
import com.ally.catalog.problem.Problem;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("catalog-admin")
@Tag(name = "Stock", description = "Stock counts per SKU (catalog-admin)")
public class StockResource {

    private final StockService stock;
    private final JsonWebToken token;
    private final ObjectMapper json;

    public StockResource(StockService stock, JsonWebToken token, ObjectMapper json) {
        this.stock = stock;
        this.token = token;
        this.json = json;
    }

    @GET
    @Path("admin/stock/{sku}")
    @Operation(summary = "Stock of one SKU")
    @APIResponse(responseCode = "200", description = "On hand, reserved and available", content = @Content(schema = @Schema(implementation = StockView.Level.class)))
    public StockView.Level get(@PathParam("sku") String sku) {
        return stock.find(sku).orElseThrow(() -> ApiException.notFound("SKU", sku));
    }

    @PUT
    @Path("admin/stock/{sku}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the count on hand of one SKU")
    @APIResponse(responseCode = "200", description = "The new level", content = @Content(schema = @Schema(implementation = StockView.Level.class)))
    @APIResponse(responseCode = "409", description = "Below what is reserved (STOCK_BELOW_RESERVED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public StockView.Level set(@PathParam("sku") String sku, @Valid @NotNull StockView.SetStock request) {
        return stock.set(sku, request.onHand(), token.getSubject());
    }

    @POST
    @Path("admin/stock-imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import stock counts (JSON)", description = "All rows are applied or none; every bad row is named as rows[i].field. Accepts Idempotency-Key.")
    @RequestBody(content = @Content(schema = @Schema(implementation = StockView.Import.class)))
    @APIResponse(responseCode = "200", description = "Every row applied", content = @Content(schema = @Schema(implementation = StockView.ImportResult.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response importJson(String body, @HeaderParam(Idempotency.HEADER) String key) throws JsonProcessingException {
        StockView.Import request = json.readValue(body == null || body.isBlank() ? "null" : body, StockView.Import.class);
        if (request == null || request.rows() == null) {
            throw ApiException.invalid("rows", "must not be null");
        }
        List<StockImport.RawRow> rows = request.rows().stream()
                .map(r -> r == null ? new StockImport.RawRow(null, null)
                        : new StockImport.RawRow(r.sku(), r.onHand() == null ? null : r.onHand().toString()))
                .toList();
        return answer(stock.importStock(rows, key, Idempotency.hash(body), token.getSubject()));
    }

    @POST
    @Path("admin/stock-imports")
    @Consumes("text/csv")
    @Operation(summary = "Import stock counts (CSV)", description = "text/csv with the header 'sku,onHand'; rows[i] counts data lines from 0.")
    @APIResponse(responseCode = "200", description = "Every row applied", content = @Content(schema = @Schema(implementation = StockView.ImportResult.class)))
    public Response importCsv(String body, @HeaderParam(Idempotency.HEADER) String key) {
        return answer(stock.importStock(StockImport.parseCsv(body), key, Idempotency.hash(body == null ? "" : body),
                token.getSubject()));
    }

    private static Response answer(StockService.ImportAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
                .entity(answer.body());
        if (answer.replayed()) {
            response.header(Idempotency.REPLAYED, "true");
        }
        return response.build();
    }
}
