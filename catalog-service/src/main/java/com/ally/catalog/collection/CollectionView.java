package com.ally.catalog.collection;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's records for collections: never the entity on the wire. */
public final class CollectionView {

    private CollectionView() {
    }

    @Schema(name = "CollectionRequest")
    public record Request(
            @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
            @Schema(example = "forever-flats") String slug,
            @NotBlank @Size(max = 120) @Schema(example = "The Forever Flats") String name,
            @Size(max = 4000) @Schema(example = "Pointed-toe flats with a 0.6-inch lift, arch and metatarsal support.") String description) {
    }

    @Schema(name = "Collection")
    public record Detail(
            @Schema(example = "0b8f6f3e-2f0e-4a53-9f5a-5e8d2f1c9a10") String id,
            @Schema(example = "forever-flats") String slug,
            @Schema(example = "The Forever Flats") String name,
            @Schema(example = "Pointed-toe flats with a 0.6-inch lift, arch and metatarsal support.") String description,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt) {
    }

    static Detail of(Collection collection) {
        return new Detail(collection.id.toString(), collection.slug, collection.name, collection.description,
                collection.updatedAt);
    }
}
