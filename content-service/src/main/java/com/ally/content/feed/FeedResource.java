package com.ally.content.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.ally.content.author.Author;
import com.ally.content.http.Conditional;
import com.ally.content.post.Post;
import com.ally.content.post.PostConfig;
import com.ally.content.post.PostMapper;
import com.ally.content.post.PostSearch;

/** The newest published posts as Atom, RSS 2.0 and JSON Feed, for feed readers and marketing tools. */
@Path("/feeds")
@Tag(name = "Feeds", description = "Atom, RSS 2.0 and JSON Feed of the newest published posts")
public class FeedResource {

    private final PostSearch search;
    private final PostMapper mapper;
    private final PostConfig config;
    private final Conditional conditional;
    private final ObjectMapper json;

    public FeedResource(PostSearch search, PostMapper mapper, PostConfig config, Conditional conditional, ObjectMapper json) {
        this.search = search;
        this.mapper = mapper;
        this.config = config;
        this.conditional = conditional;
        this.json = json;
    }

    @GET
    @Path("atom")
    @Produces(AtomFeed.MEDIA_TYPE)
    @Operation(summary = "Atom 1.0 feed (RFC 4287)")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = AtomFeed.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response atom(@Context Request request) {
        return conditional.ok(request, AtomFeed.write(channel("/feeds/atom")));
    }

    @GET
    @Path("rss")
    @Produces(RssFeed.MEDIA_TYPE)
    @Operation(summary = "RSS 2.0 feed")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = RssFeed.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response rss(@Context Request request) {
        return conditional.ok(request, RssFeed.write(channel("/feeds/rss")));
    }

    @GET
    @Path("json")
    @Produces(JsonFeed.MEDIA_TYPE)
    @Operation(summary = "JSON Feed 1.1")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = JsonFeed.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)))
    public Response jsonFeed(@Context Request request) throws JsonProcessingException {
        return conditional.ok(request, json.writeValueAsString(JsonFeed.of(channel("/feeds/json"))));
    }

    private FeedChannel channel(String path) {
        List<Post> posts = search.newest(config.feedSize());
        Map<UUID, Author> authors = PostMapper.authorsOf(posts);
        List<FeedItem> items = posts.stream().map(p -> new FeedItem(p.id.toString(), mapper.urlOf(p), p.title,
                p.excerpt, p.bodyHtml, PostMapper.bylines(p, authors).stream().map(b -> b.name()).toList(),
                List.copyOf(p.tags), p.heroUrl, p.publishedAt, p.updatedAt)).toList();
        Instant updated = posts.stream().map(p -> p.updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
        return new FeedChannel("ALLY Journal", "Stories behind ALLY's pain-free heels and flats", config.siteUrl(),
                config.apiUrl() + path, updated, items);
    }
}
