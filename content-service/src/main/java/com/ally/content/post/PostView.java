package com.ally.content.post;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.ally.content.author.AuthorView;
import com.ally.content.catalog.CardWarning;
import com.ally.content.catalog.ProductCard;

/** The API's records for posts: never the entity on the wire. */
public final class PostView {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String SLUG_MESSAGE = "must be lower-case words joined by hyphens";

    private PostView() {
    }

    /** What an editor writes: the whole content of a post (create and replace). */
    @Schema(name = "PostRequest")
    public record Request(
            @NotBlank @Size(max = 120) @Pattern(regexp = SLUG, message = SLUG_MESSAGE)
            @Schema(example = "how-we-made-the-forever-flat") String slug,
            @NotBlank @Size(max = 200) @Schema(example = "How we made the Forever Flat") String title,
            @Size(max = 600) @Schema(example = "A flat with a little lift, and support where feet need it.") String excerpt,
            @NotBlank @Schema(description = "Markdown, at most 200 KB (larger is 413 naming body)",
                    example = "## Why a flat needs lift\n\nA completely flat sole ...") String body,
            @Valid HeroImage heroImage,
            @NotEmpty @Size(max = 5) @Schema(description = "Author slugs in byline order", example = "[\"sara\", \"dr-clarke\"]")
            List<@NotBlank @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String> authors,
            @Size(max = 20) @Schema(example = "[\"flats\", \"launch\"]")
            List<@NotBlank @Size(max = 40) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String> tags,
            @Size(max = 20) @Schema(example = "[\"forever-flat\"]")
            List<@NotBlank @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String> styleSlugs,
            @Size(max = 20) @Schema(example = "[\"forever-flats\"]")
            List<@NotBlank @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String> collectionSlugs) {
    }

    @Schema(name = "HeroImage")
    public record HeroImage(
            @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
            @Schema(example = "https://images.ally.example/blog/forever-flats-hero.jpg") String url,
            @NotBlank @Size(max = 300) @Schema(example = "Forever Flats in black suede and nude leather") String alt,
            @Size(max = 500) @Schema(example = "The first flats from our studio") String caption) {
    }

    /** A transition names its target; scheduling also names the time. */
    @Schema(name = "PostTransition")
    public record Transition(
            @NotNull @Schema(example = "SCHEDULED") PostStatus target,
            @Schema(description = "Required for SCHEDULED: when the post goes public", example = "2026-12-01T14:00:00Z") Instant publishAt) {
    }

    @Schema(name = "PostBody")
    public record Body(
            @Schema(example = "## Why a flat needs lift\n\n<script>alert(1)</script>A flat ...") String markdown,
            @Schema(description = "Rendered and sanitised: no scripts, no event handlers",
                    example = "<h2>Why a flat needs lift</h2>\n<p>A flat ...</p>") String html) {
    }

    /** The editor's view: everything, with the lifecycle and warnings about references. */
    @Schema(name = "AdminPost")
    public record Detail(
            @Schema(example = "5a0f7f5e-3c1b-4d2e-8f90-1b2c3d4e5f60") String id,
            @Schema(example = "how-we-made-the-forever-flat") String slug,
            @Schema(example = "How we made the Forever Flat") String title,
            @Schema(example = "A flat with a little lift, and support where feet need it.") String excerpt,
            Body body,
            HeroImage heroImage,
            List<AuthorView.Byline> authors,
            @Schema(example = "[\"flats\"]") List<String> tags,
            @Schema(example = "[\"forever-flat\"]") List<String> styleSlugs,
            @Schema(example = "[\"forever-flats\"]") List<String> collectionSlugs,
            List<ProductCard> products,
            @Schema(description = "References that show no card, e.g. a retired style") List<CardWarning> warnings,
            @Schema(example = "DRAFT") PostStatus status,
            @Schema(example = "[\"SCHEDULED\", \"PUBLISHED\"]") List<PostStatus> allowedTransitions,
            @Schema(example = "2026-12-01T14:00:00Z") Instant publishAt,
            @Schema(example = "2026-12-01T14:00:00Z") Instant publishedAt,
            @Schema(example = "2026-11-24T16:49:55Z") Instant createdAt,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt,
            @Schema(description = "Send it back as If-Match", example = "3") long version,
            @Schema(example = "https://www.ally.example/blog/how-we-made-the-forever-flat") String url) {
    }

    /** What the public reads (and what a preview link shows, with its status). */
    @Schema(name = "Post")
    public record PublicPost(
            @Schema(example = "5a0f7f5e-3c1b-4d2e-8f90-1b2c3d4e5f60") String id,
            @Schema(example = "how-we-made-the-forever-flat") String slug,
            @Schema(example = "How we made the Forever Flat") String title,
            @Schema(example = "A flat with a little lift, and support where feet need it.") String excerpt,
            Body body,
            HeroImage heroImage,
            List<AuthorView.Byline> authors,
            @Schema(example = "[\"flats\"]") List<String> tags,
            @Schema(example = "[\"forever-flat\"]") List<String> styleSlugs,
            @Schema(example = "[\"forever-flats\"]") List<String> collectionSlugs,
            List<ProductCard> products,
            @Schema(example = "PUBLISHED") PostStatus status,
            @Schema(example = "2026-12-01T14:00:00Z") Instant publishedAt,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt,
            @Schema(example = "https://www.ally.example/blog/how-we-made-the-forever-flat") String url) {
    }

    /** A post in a public list: no body, no cards. */
    @Schema(name = "PostSummary")
    public record Summary(
            @Schema(example = "5a0f7f5e-3c1b-4d2e-8f90-1b2c3d4e5f60") String id,
            @Schema(example = "how-we-made-the-forever-flat") String slug,
            @Schema(example = "How we made the Forever Flat") String title,
            @Schema(example = "A flat with a little lift, and support where feet need it.") String excerpt,
            HeroImage heroImage,
            List<AuthorView.Byline> authors,
            @Schema(example = "[\"flats\"]") List<String> tags,
            @Schema(example = "[\"forever-flat\"]") List<String> styleSlugs,
            @Schema(example = "[\"forever-flats\"]") List<String> collectionSlugs,
            @Schema(example = "2026-12-01T14:00:00Z") Instant publishedAt,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt,
            @Schema(example = "https://www.ally.example/blog/how-we-made-the-forever-flat") String url) {
    }

    /** A post in the editors' list. */
    @Schema(name = "AdminPostSummary")
    public record AdminSummary(
            @Schema(example = "5a0f7f5e-3c1b-4d2e-8f90-1b2c3d4e5f60") String id,
            @Schema(example = "how-we-made-the-forever-flat") String slug,
            @Schema(example = "How we made the Forever Flat") String title,
            @Schema(example = "SCHEDULED") PostStatus status,
            @Schema(example = "[\"DRAFT\", \"PUBLISHED\"]") List<PostStatus> allowedTransitions,
            @Schema(example = "2026-12-01T14:00:00Z") Instant publishAt,
            @Schema(example = "2026-12-01T14:00:00Z") Instant publishedAt,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt,
            @Schema(example = "3") long version) {
    }

    /** List pages, named for the OpenAPI document. */
    @Schema(name = "PostPage")
    public record SummaryPage(List<Summary> items, @Schema(description = "Absent on the last page", example = "eyJhdCI6IjIwMjYtMTEtMjRUMTY6NDk6NTVaIiwiaWQiOiIuLi4ifQ") String nextCursor) {
    }

    @Schema(name = "AdminPostPage")
    public record AdminPage(List<AdminSummary> items, @Schema(description = "Absent on the last page", example = "eyJhdCI6IjIwMjYtMTEtMjRUMTY6NDk6NTVaIiwiaWQiOiIuLi4ifQ") String nextCursor) {
    }

    @Schema(name = "PreviewLink")
    public record PreviewLink(
            @Schema(example = "http://localhost:8080/api/content/posts/how-we-made-the-forever-flat/preview?expires=1764000000&signature=q1w2e3")
            String url,
            @Schema(example = "2026-11-25T16:49:55Z") Instant expiresAt) {
    }
}
