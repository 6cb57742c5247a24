package com.ally.content.feed;

import java.time.Instant;
import java.util.List;

/** One published post as every feed format needs it. */
public record FeedItem(String id, String url, String title, String summary, String html, List<String> authors,
        List<String> tags, String imageUrl, Instant publishedAt, Instant updatedAt) {
}
