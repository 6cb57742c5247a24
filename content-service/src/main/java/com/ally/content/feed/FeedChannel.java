package com.ally.content.feed;

import java.time.Instant;
import java.util.List;

/** The feed itself: where the blog lives, where the feed lives, and its newest items. */
public record FeedChannel(String title, String description, String siteUrl, String feedUrl, Instant updated,
        List<FeedItem> items) {
}
