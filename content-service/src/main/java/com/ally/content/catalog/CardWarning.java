package com.ally.content.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Told to editors only: a reference of a post that shows no card, and why. */
@Schema(name = "CardWarning")
public record CardWarning(
        @Schema(example = "STYLE_RETIRED", enumeration = { "STYLE_RETIRED", "UNKNOWN_STYLE", "UNKNOWN_COLLECTION" }) String code,
        @Schema(example = "styleSlugs") String field,
        @Schema(example = "forever-flat") String slug,
        @Schema(example = "The style 'forever-flat' is retired; its card is no longer shown") String message) {
}
