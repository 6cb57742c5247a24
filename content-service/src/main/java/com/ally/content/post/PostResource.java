package com.ally.content.post;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.content.http.Conditional;
import com.ally.content.paging.PageRequest;
import com.ally.content.problem.ApiException;
import com.ally.content.problem.Problem;

/** What readers and marketing tools see: published posts only. */
@Path("/posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts", description = "The published blog, its search and its previews")
public class PostResource {

    private final PostService posts;
    private final PostSearch search;
    private final Conditional conditional;

    public PostResource(PostService posts, PostSearch search, Conditional conditional) {
        this.posts = posts;
        this.search = search;
        this.conditional = conditional;
    }

    @GET
    @Operation(summary = "List published posts", description = "Newest first, keyset paged with an opaque cursor; "
            + "all filters combine. `q` is full-text search (web search syntax: words, \"phrases\", -not).")
    @APIResponse(responseCode = "200", description = "One page of posts", content = @Content(schema = @Schema(implementation = PostView.SummaryPage.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match ETag")
    public Response list(
            @Parameter(description = "Only posts with this tag", example = "flats") @QueryParam("tag") String tag,
            @Parameter(description = "Only posts by this author slug", example = "dr-clarke") @QueryParam("author") String author,
            @Parameter(description = "Only posts referring to this style slug", example = "forever-flat") @QueryParam("style") String style,
            @Parameter(description = "Only posts referring to this collection slug", example = "bridal") @QueryParam("collection") String collection,
            @Parameter(description = "Changed at or after", example = "2026-11-01T00:00:00Z") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Published at or after", example = "2026-11-01T00:00:00Z") @QueryParam("publishedFrom") String publishedFrom,
            @Parameter(description = "Published before", example = "2026-12-01T00:00:00Z") @QueryParam("publishedTo") String publishedTo,
            @Parameter(description = "Full-text search", example = "arch support") @QueryParam("q") String q,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @Context Request request) {
        PostSearch.Filter filter = new PostSearch.Filter(blankToNull(tag), blankToNull(author), blankToNull(style),
                blankToNull(collection), PostSearch.instantParam("updatedSince", updatedSince),
                PostSearch.instantParam("publishedFrom", publishedFrom), PostSearch.instantParam("publishedTo", publishedTo),
                blankToNull(q));
        return conditional.ok(request, search.search(filter, PageRequest.of(limit, cursor)));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One published post by slug", description = "With its body as Markdown and sanitised HTML and its product cards.")
    @APIResponse(responseCode = "200", description = "The post", content = @Content(schema = @Schema(implementation = PostView.PublicPost.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the If-None-Match ETag")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return posts.findPublic(slug).map(p -> conditional.ok(request, p))
                .orElseThrow(() -> ApiException.notFound("Post", slug));
    }

    @GET
    @Path("{slug}/preview")
    @Operation(summary = "Preview a post in any status", description = "Needs the expires and signature of a preview link an editor made.")
    @APIResponse(responseCode = "200", description = "The post as it would be published", content = @Content(schema = @Schema(implementation = PostView.PublicPost.class)))
    @APIResponse(responseCode = "401", description = "No link parameters, or the link expired (PREVIEW_LINK_REQUIRED, PREVIEW_LINK_EXPIRED)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The signature does not match (PREVIEW_SIGNATURE_INVALID)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response preview(@PathParam("slug") String slug, @QueryParam("expires") String expires,
            @QueryParam("signature") String signature) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(posts.preview(slug, expires, signature)).cacheControl(noStore).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
