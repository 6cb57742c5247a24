package com.ally.content.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A shoppable card for a style or collection a post refers to, from the catalog replica. */
@Schema(name = "ProductCard")
public record ProductCard(
        @Schema(example = "STYLE", enumeration = { "STYLE", "COLLECTION" }) String kind,
        @Schema(example = "forever-flat") String slug,
        @Schema(example = "The Forever Flat") String name,
        @Schema(description = "The lowest price: of its colourways for a style, of its styles for a collection") Money price,
        Image image,
        @Schema(example = "true") boolean inStock) {

    @Schema(name = "Money")
    public record Money(@Schema(example = "19500") long amount, @Schema(example = "USD") String currency) {
    }

    @Schema(name = "CardImage")
    public record Image(@Schema(example = "https://images.ally.example/forever-flat/black-suede.jpg") String url,
            @Schema(example = "The Forever Flat in black suede") String alt) {
    }
}
