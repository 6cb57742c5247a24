package com.ally.content.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a new comment is likely spam, so that it goes straight to SPAM instead of the
 * moderation queue. Pure: whether the same body was seen recently is asked of the database by the
 * caller, using {@link #fingerprint}.
 */
public final class SpamRules {

    /** Why a comment went straight to SPAM. */
    public enum Reason {
        HONEYPOT, TOO_MANY_LINKS, BLOCKED_WORD, REPEATED_BODY
    }

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

    private final int maxLinks;
    private final List<Pattern> blocked;

    public SpamRules(int maxLinks, List<String> blockedWords) {
        this.maxLinks = maxLinks;
        this.blocked = blockedWords.stream().map(String::strip).filter(w -> !w.isEmpty())
                .map(w -> Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])")).toList();
    }

    /**
     * @param website      the honeypot field: hidden from people, so only bots fill it
     * @param seenRecently whether a comment with the same fingerprint arrived within the repeat window
     */
    public Optional<Reason> check(String name, String body, String website, boolean seenRecently) {
        if (website != null && !website.isBlank()) {
            return Optional.of(Reason.HONEYPOT);
        }
        if (links(body) > maxLinks) {
            return Optional.of(Reason.TOO_MANY_LINKS);
        }
        String text = name + "\n" + body;
        if (blocked.stream().anyMatch(p -> p.matcher(text).find())) {
            return Optional.of(Reason.BLOCKED_WORD);
        }
        if (seenRecently) {
            return Optional.of(Reason.REPEATED_BODY);
        }
        return Optional.empty();
    }

    static int links(String body) {
        Matcher m = LINK.matcher(body);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** Lower case, letters and digits only, single spaces: small edits do not make a repeat new. */
    public static String normalise(String body) {
        return body.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public static String fingerprint(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
