package com.ally.catalog.style;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.ally.catalog.inventory.Availability;
import com.ally.catalog.money.Money;
import com.ally.catalog.sizing.Width;

/** The API's records for styles and colourways: never the entities on the wire. */
public final class StyleView {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String WORD = "[A-Z][A-Z0-9_]*";

    private StyleView() {
    }

    @Schema(name = "StyleRequest")
    public record Create(
            @NotBlank @Size(max = 80) @Pattern(regexp = SLUG, message = "must be lower-case words joined by hyphens") @Schema(example = "forever-flat") String slug,
            @NotBlank @Pattern(regexp = "[A-Z0-9]{2,6}", message = "must be 2 to 6 capital letters or digits") @Schema(example = "FFL", description = "the style's part of its SKU codes") String code,
            @NotBlank @Size(max = 120) @Schema(example = "The Forever Flat") String name,
            @Size(max = 4000) @Schema(example = "A pointed-toe flat with a 0.6-inch lift.") String description,
            @NotNull @Schema(example = "FLAT") Category category,
            @NotNull @DecimalMin("0.0") @DecimalMax("6.0") @Schema(example = "0.6") BigDecimal heelHeightInches,
            @NotNull @Schema(example = "POINTED") ToeShape toeShape,
            @Schema(example = "[\"ARCH_SUPPORT\", \"METATARSAL_SUPPORT\", \"SUEDE_LINING\"]") List<@NotNull ComfortFeature> comfortFeatures,
            @Schema(example = "[\"SUEDE\", \"LEATHER\"]") List<@NotNull @Pattern(regexp = WORD, message = "must be UPPER_SNAKE_CASE") String> upperMaterials,
            @Schema(example = "10", description = "lower comes first in the featured sort") Integer featuredRank,
            @Schema(example = "[\"forever-flats\"]") List<@NotNull String> collections) {
    }

    /** A partial update: absent fields stay as they are. */
    @Schema(name = "StylePatch")
    public record Patch(
            @Size(min = 1, max = 120) @Schema(example = "The Forever Flat") String name,
            @Size(max = 4000) String description,
            Category category,
            @DecimalMin("0.0") @DecimalMax("6.0") @Schema(example = "0.6") BigDecimal heelHeightInches,
            ToeShape toeShape,
            List<@NotNull ComfortFeature> comfortFeatures,
            List<@NotNull @Pattern(regexp = WORD, message = "must be UPPER_SNAKE_CASE") String> upperMaterials,
            Integer featuredRank,
            @Schema(example = "[\"forever-flats\"]") List<@NotNull String> collections) {
    }

    @Schema(name = "Image")
    public record Image(
            @NotBlank @Size(max = 500) @Pattern(regexp = "https://\\S+", message = "must be an https URL") @Schema(example = "https://cdn.ally.example/ffl-blksue-side.jpg") String url,
            @NotBlank @Size(max = 300) @Schema(example = "The Forever Flat in black suede, side view") String alt) {
    }

    @Schema(name = "ColourwayRequest")
    public record ColourwayCreate(
            @NotBlank @Pattern(regexp = "[A-Z0-9]{2,8}", message = "must be 2 to 8 capital letters or digits") @Schema(example = "BLKSUE") String code,
            @NotBlank @Size(max = 120) @Schema(example = "Black Suede") String name,
            @NotBlank @Pattern(regexp = WORD, message = "must be UPPER_SNAKE_CASE") @Schema(example = "BLACK") String colour,
            @NotBlank @Pattern(regexp = WORD, message = "must be UPPER_SNAKE_CASE") @Schema(example = "SUEDE") String material,
            List<@NotNull @Valid Image> images,
            @NotNull @Valid Money price,
            @Valid Money compareAtPrice,
            @Schema(description = "sizes offered; all 17 (4.0 to 12.0) when absent", example = "[7.0, 7.5, 8.0]") List<@NotNull BigDecimal> sizes,
            @Schema(description = "widths offered; all four when absent", example = "[\"MEDIUM\", \"WIDE\"]") List<@NotNull Width> widths) {
    }

    /** A partial update of a colourway; its code and its sizes stay. */
    @Schema(name = "ColourwayPatch")
    public record ColourwayPatch(
            @Size(min = 1, max = 120) String name,
            List<@NotNull @Valid Image> images,
            @Valid Money price,
            @Valid @Schema(description = "the was-price of a sale; send removeCompareAtPrice to end the sale") Money compareAtPrice,
            Boolean removeCompareAtPrice) {
    }

    // --- answers ---

    @Schema(name = "StyleSku")
    public record SkuLine(
            @Schema(example = "FFL-BLKSUE-075-W") String sku,
            @Schema(example = "7.5") BigDecimal size,
            @Schema(example = "WIDE") Width width,
            @Schema(example = "12") int available,
            @Schema(example = "IN_STOCK") Availability availability) {
    }

    @Schema(name = "ColourwaySnapshot")
    public record ColourwaySnapshot(
            @Schema(example = "6c1e2f0e-4a53-9f5a-5e8d-2f1c9a100b8f") String id,
            @Schema(example = "BLKSUE") String code,
            @Schema(example = "Black Suede") String name,
            @Schema(example = "BLACK") String colour,
            @Schema(example = "SUEDE") String material,
            Money price,
            Money compareAtPrice,
            List<Image> images,
            List<SkuLine> skus) {
    }

    /** The full style, as the style events carry it (the admin answer adds version and lifecycle). */
    @Schema(name = "StyleSnapshot")
    public record Snapshot(
            @Schema(example = "0b8f6f3e-2f0e-4a53-9f5a-5e8d2f1c9a10") String id,
            @Schema(example = "forever-flat") String slug,
            @Schema(example = "The Forever Flat") String name,
            String description,
            @Schema(example = "FLAT") Category category,
            @Schema(example = "0.6") BigDecimal heelHeightInches,
            @Schema(example = "POINTED") ToeShape toeShape,
            List<String> comfortFeatures,
            List<String> upperMaterials,
            @Schema(example = "ACTIVE") StyleStatus status,
            List<String> collections,
            List<ColourwaySnapshot> colourways,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt) {
    }

    @Schema(name = "AdminStyle")
    public record Admin(
            @Schema(example = "0b8f6f3e-2f0e-4a53-9f5a-5e8d2f1c9a10") String id,
            @Schema(example = "forever-flat") String slug,
            @Schema(example = "FFL") String code,
            @Schema(example = "The Forever Flat") String name,
            String description,
            @Schema(example = "FLAT") Category category,
            @Schema(example = "0.6") BigDecimal heelHeightInches,
            @Schema(example = "POINTED") ToeShape toeShape,
            List<String> comfortFeatures,
            List<String> upperMaterials,
            @Schema(example = "DRAFT") StyleStatus status,
            @Schema(example = "[\"ACTIVE\"]") List<StyleStatus> allowedTransitions,
            @Schema(example = "10") int featuredRank,
            List<String> collections,
            List<ColourwaySnapshot> colourways,
            @Schema(example = "3", description = "also the ETag; send it back in If-Match") long version,
            Instant publishedAt,
            @Schema(example = "admin-ada") String updatedBy,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt) {
    }

    @Schema(name = "GridCell")
    public record Cell(@Schema(example = "FFL-BLKSUE-075-W") String sku, @Schema(example = "LOW") Availability availability) {
    }

    @Schema(name = "GridRow", description = "One size of a colourway: each offered width and its availability")
    public record GridRow(@Schema(example = "7.5") BigDecimal size, Map<Width, Cell> widths) {
    }

    @Schema(name = "PublicColourway")
    public record PublicColourway(
            @Schema(example = "6c1e2f0e-4a53-9f5a-5e8d-2f1c9a100b8f") String id,
            @Schema(example = "BLKSUE") String code,
            @Schema(example = "Black Suede") String name,
            @Schema(example = "BLACK") String colour,
            @Schema(example = "SUEDE") String material,
            Money price,
            Money compareAtPrice,
            List<Image> images,
            @Schema(description = "size x width availability: IN_STOCK, LOW (1 to 3 left) or OUT") List<GridRow> availability) {
    }

    @Schema(name = "Style")
    public record Public(
            @Schema(example = "0b8f6f3e-2f0e-4a53-9f5a-5e8d2f1c9a10") String id,
            @Schema(example = "forever-flat") String slug,
            @Schema(example = "The Forever Flat") String name,
            String description,
            @Schema(example = "FLAT") Category category,
            @Schema(example = "0.6") BigDecimal heelHeightInches,
            @Schema(example = "POINTED") ToeShape toeShape,
            List<String> comfortFeatures,
            List<String> upperMaterials,
            List<String> collections,
            List<PublicColourway> colourways,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt) {
    }

    @Schema(name = "StyleSummaryColourway")
    public record SummaryColourway(
            @Schema(example = "BLKSUE") String code,
            @Schema(example = "Black Suede") String name,
            @Schema(example = "BLACK") String colour,
            Money price,
            Money compareAtPrice,
            Image image) {
    }

    @Schema(name = "StyleSummary")
    public record Summary(
            @Schema(example = "0b8f6f3e-2f0e-4a53-9f5a-5e8d2f1c9a10") String id,
            @Schema(example = "forever-flat") String slug,
            @Schema(example = "The Forever Flat") String name,
            @Schema(example = "FLAT") Category category,
            @Schema(example = "0.6") BigDecimal heelHeightInches,
            @Schema(example = "POINTED") ToeShape toeShape,
            @Schema(description = "the lowest colourway price") Money fromPrice,
            List<SummaryColourway> colourways) {
    }

    @Schema(name = "FacetCount")
    public record FacetCount(@Schema(example = "BLACK") String value, @Schema(example = "4") long count) {
    }

    @Schema(name = "Facets", description = "How many styles of the current filter have each value")
    public record Facets(List<FacetCount> colours, List<FacetCount> sizes, List<FacetCount> widths,
            List<FacetCount> heelHeights) {
    }

    @Schema(name = "StyleList")
    public record ListPage(List<Summary> items, @Schema(example = "eyJrIjoiMTAiLCJpZCI6Ii4uLiJ9") String nextCursor,
            @Schema(description = "on the first page only (no cursor): they count the whole filter") Facets facets) {
    }
}
