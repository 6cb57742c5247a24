package com.ally.catalog.inventory;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.ally.catalog.sizing.Width;

/** The API's records for stock. */
public final class StockView {

    private StockView() {
    }

    @Schema(name = "SetStock")
    public record SetStock(@NotNull @PositiveOrZero @Schema(example = "12") Integer onHand) {
    }

    @Schema(name = "StockLevel")
    public record Level(
            @Schema(example = "FFL-BLKSUE-075-W") String sku,
            @Schema(example = "0b8f6f3e-2f0e-4a53-9f5a-5e8d2f1c9a10") String styleId,
            @Schema(example = "6c1e2f0e-4a53-9f5a-5e8d-2f1c9a100b8f") String colourwayId,
            @Schema(example = "7.5") BigDecimal size,
            @Schema(example = "WIDE") Width width,
            @Schema(example = "12") int onHand,
            @Schema(example = "2") int reserved,
            @Schema(example = "10") int available,
            @Schema(example = "IN_STOCK") Availability availability) {
    }

    @Schema(name = "StockImportRow")
    public record Row(@Schema(example = "FFL-BLKSUE-075-W") String sku, @Schema(example = "12") Integer onHand) {
    }

    @Schema(name = "StockImport", description = "JSON form of an import; the CSV form is text/csv with the header 'sku,onHand'")
    public record Import(@NotNull List<@Valid Row> rows) {
    }

    @Schema(name = "StockImportResult")
    public record ImportResult(
            @Schema(example = "136", description = "rows applied") int applied,
            @Schema(example = "4", description = "SKUs whose availability level changed") int availabilityChanged) {
    }

    static Level of(Sku sku, int onHand, int reserved, Availability availability) {
        return new Level(sku.sku, sku.styleId.toString(), sku.colourwayId.toString(), sku.size, sku.width, onHand,
                reserved, Math.max(0, onHand - reserved), availability);
    }
}
