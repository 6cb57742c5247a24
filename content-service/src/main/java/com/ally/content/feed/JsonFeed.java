package com.ally.content.feed;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): its own snake_case names, not our API's camelCase. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record JsonFeed(
        String version,
        String title,
        @JsonProperty("home_page_url") String homePageUrl,
        @JsonProperty("feed_url") String feedUrl,
        String description,
        String language,
        List<Author> authors,
        List<Item> items) {

    static final String MEDIA_TYPE = "application/feed+json";

    record Author(String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Item(
            String id,
            String url,
            String title,
            @JsonProperty("content_html") String contentHtml,
            String summary,
            String image,
            @JsonProperty("date_published") Instant datePublished,
            @JsonProperty("date_modified") Instant dateModified,
            List<Author> authors,
            List<String> tags) {
    }

    static JsonFeed of(FeedChannel channel) {
        List<Item> items = channel.items().stream().map(i -> new Item(i.id(), i.url(), i.title(), i.html(), i.summary(),
                i.imageUrl(), i.publishedAt(), i.updatedAt(), i.authors().stream().map(Author::new).toList(), i.tags()))
                .toList();
        return new JsonFeed("https://jsonfeed.org/version/1.1", channel.title(), channel.siteUrl(), channel.feedUrl(),
                channel.description(), "en-US", List.of(new Author("ALLY")), items);
    }
}
