package com.ally.content.post;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of posts, previews and the public links they carry. */
@ConfigMapping(prefix = "content.posts")
public interface PostConfig {

    /** Largest Markdown body accepted, in UTF-8 bytes (200 KB). */
    @WithDefault("204800")
    int bodyMaxBytes();

    /** Where the storefront shows a post: a post's public URL is this plus "/" plus its slug. */
    @WithDefault("https://www.ally.example/blog")
    String siteUrl();

    /** This API as the public reaches it (through the gateway), for feed self links and preview links. */
    @WithDefault("http://localhost:8080/api/content")
    String apiUrl();

    /** HMAC-SHA256 key of preview links; set ALLY_PREVIEW_SECRET in production. */
    String previewSecret();

    /** How long a preview link works unless the editor asks for another lifetime. */
    @WithDefault("PT24H")
    Duration previewTtl();

    /** Longest lifetime an editor may ask for a preview link. */
    @WithDefault("P14D")
    Duration previewMaxTtl();

    /** How often the scheduler looks for SCHEDULED posts that are due. */
    @WithDefault("10s")
    String schedulerInterval();

    /** How many of the newest posts the feeds carry. */
    @WithDefault("20")
    int feedSize();
}
