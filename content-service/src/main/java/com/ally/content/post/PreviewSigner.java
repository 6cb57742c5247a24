package com.ally.content.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.ally.content.problem.ApiException;
import com.ally.content.problem.FieldError;

/**
 * Signed, expiring preview links: the signature is HMAC-SHA256 over the post id and the expiry
 * (epoch seconds) with a configured secret, so a link shows one post until it expires and cannot
 * be altered to show another.
 */
public final class PreviewSigner {

    private final byte[] secret;

    public PreviewSigner(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("content.posts.preview-secret must have at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(UUID postId, long expiresEpochSecond) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((postId + ":" + expiresEpochSecond).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Missing parameters or an expired link: 401 (ask for a new link). A signature that does not
     * match: 403. The signature is checked first, so a forged link learns nothing about expiry.
     */
    public void verify(UUID postId, String expires, String signature, Instant now) {
        if (expires == null || signature == null || expires.isBlank() || signature.isBlank()) {
            throw new ApiException(401, "PREVIEW_LINK_REQUIRED", "Preview link required",
                    "A preview needs the expires and signature of a preview link",
                    List.of(new FieldError("signature", "is required")));
        }
        long expiry;
        try {
            expiry = Long.parseLong(expires);
        } catch (NumberFormatException e) {
            throw forged();
        }
        byte[] expected = sign(postId, expiry).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
            throw forged();
        }
        if (now.getEpochSecond() >= expiry) {
            throw new ApiException(401, "PREVIEW_LINK_EXPIRED", "Preview link expired",
                    "This preview link has expired; ask the editor for a new one",
                    List.of(new FieldError("expires", "is in the past")));
        }
    }

    private static ApiException forged() {
        return new ApiException(403, "PREVIEW_SIGNATURE_INVALID", "Invalid preview link",
                "The preview link's signature does not match", List.of(new FieldError("signature", "does not match")));
    }
}
