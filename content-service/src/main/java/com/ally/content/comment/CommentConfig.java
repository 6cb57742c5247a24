package com.ally.content.comment;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The spam rules' settings. */
@ConfigMapping(prefix = "content.comments")
public interface CommentConfig {

    /** A comment with more links than this goes straight to SPAM. */
    @WithDefault("2")
    int maxLinks();

    /** Words or phrases (case-insensitive, whole words) that send a comment straight to SPAM. */
    @WithDefault("viagra,casino,crypto giveaway,payday loan")
    List<String> blockedWords();

    /** A body seen again (normalised) within this window is SPAM. */
    @WithDefault("PT24H")
    Duration repeatWindow();
}
