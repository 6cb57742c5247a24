package com.ally.catalog.collection;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.ally.catalog.style.StyleView;

/** The API's records for collections: never the entity on the wire. */
public final class CollectionView {

    private CollectionView() {
    }

    @Schema(name = "CollectionRequest")
    public record Request(
            @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
            @Schema(example = "forever-flats") String slug,
            @NotBlank @Size(max = 120) @Schema(example = "The Forever Flats") String name,
            @Size(max = 4000) @Schema(example = "Pointed-toe flats with a 0.6-inch lift, arch and metatarsal support.") String description,
            @Schema(description = "member styles in the order shown", example = "[\"forever-flat\"]") List<@NotNull String> styleSlugs) {
    }

    @Schema(name = "CollectionUpdate", description = "Replaces name, description and (when given) the ordered members")
    public record Update(
            @NotBlank @Size(max = 120) @Schema(example = "The Forever Flats") String name,
            @Size(max = 4000) String description,
            @Schema(description = "member styles in the order shown; absent keeps them", example = "[\"forever-flat\", \"forever-flat-two-tone\"]") List<@NotNull String> styleSlugs) {
    }

    @Schema(name = "CollectionMember")
    public record Member(
            @NotBlank @Schema(example = "forever-flat") String styleSlug,
            @PositiveOrZero @Schema(description = "0-based place; at the end when absent", example = "0") Integer position) {
    }

    @Schema(name = "Collection")
    public record Detail(
            @Schema(example = "0b8f6f3e-2f0e-4a53-9f5a-5e8d2f1c9a10") String id,
            @Schema(example = "forever-flats") String slug,
            @Schema(example = "The Forever Flats") String name,
            @Schema(example = "Pointed-toe flats with a 0.6-inch lift, arch and metatarsal support.") String description,
            @Schema(example = "[\"forever-flat\"]") List<String> styleSlugs,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt) {
    }

    @Schema(name = "CollectionSummary")
    public record Summary(
            @Schema(example = "0b8f6f3e-2f0e-4a53-9f5a-5e8d2f1c9a10") String id,
            @Schema(example = "forever-flats") String slug,
            @Schema(example = "The Forever Flats") String name,
            @Schema(example = "Pointed-toe flats with a 0.6-inch lift.") String description,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt) {
    }

    @Schema(name = "PublicCollection")
    public record Public(
            @Schema(example = "0b8f6f3e-2f0e-4a53-9f5a-5e8d2f1c9a10") String id,
            @Schema(example = "forever-flats") String slug,
            @Schema(example = "The Forever Flats") String name,
            @Schema(example = "Pointed-toe flats with a 0.6-inch lift.") String description,
            @Schema(description = "its public styles, in the collection's order") List<StyleView.Summary> styles,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt) {
    }

    static Detail of(Collection collection, List<String> styleSlugs) {
        return new Detail(collection.id.toString(), collection.slug, collection.name, collection.description,
                styleSlugs, collection.updatedAt);
    }

    static Summary summary(Collection collection) {
        return new Summary(collection.id.toString(), collection.slug, collection.name, collection.description,
                collection.updatedAt);
    }
}
