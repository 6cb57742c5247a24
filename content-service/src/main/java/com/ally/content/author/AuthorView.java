package com.ally.content.author;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's records for authors. */
public final class AuthorView {

    private AuthorView() {
    }

    @Schema(name = "AuthorRequest")
    public record Request(
            @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case words joined by hyphens")
            @Schema(example = "dr-clarke") String slug,
            @NotBlank @Size(max = 120) @Schema(example = "Dr. Clarke") String name,
            @NotBlank @Size(max = 120) @Schema(example = "Chief Science Officer") String role,
            @Size(max = 2000) @Schema(example = "Designs the insoles and decides where every pair gets its support.") String bio) {
    }

    @Schema(name = "Author")
    public record Detail(
            @Schema(example = "7d3c1f0a-4b6e-4c2a-9d51-2f0e8a6b3c11") String id,
            @Schema(example = "dr-clarke") String slug,
            @Schema(example = "Dr. Clarke") String name,
            @Schema(example = "Chief Science Officer") String role,
            @Schema(example = "Designs the insoles and decides where every pair gets its support.") String bio,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt) {
    }

    /** A list page, named for the OpenAPI document. */
    @Schema(name = "AuthorPage")
    public record Page(List<Detail> items,
            @Schema(description = "Absent on the last page", example = "eyJzbHVnIjoic2FyYSJ9") String nextCursor) {
    }

    /** An author as a post shows them. */
    @Schema(name = "PostAuthor")
    public record Byline(
            @Schema(example = "dr-clarke") String slug,
            @Schema(example = "Dr. Clarke") String name,
            @Schema(example = "Chief Science Officer") String role,
            @Schema(example = "Designs the insoles and decides where every pair gets its support.") String bio) {
    }

    public static Detail of(Author author) {
        return new Detail(author.id.toString(), author.slug, author.name, author.role, author.bio, author.updatedAt);
    }

    public static Byline bylineOf(Author author) {
        return new Byline(author.slug, author.name, author.role, author.bio);
    }
}
