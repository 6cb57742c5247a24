package com.ally.content.http;

import java.util.List;

import com.ally.content.problem.ApiException;
import com.ally.content.problem.FieldError;

/** If-Match on admin writes: the ETag is the row's version; a stale one is 412, a missing one 428. */
public final class Preconditions {

    private Preconditions() {
    }

    /** @return the version the client last saw */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "PRECONDITION_REQUIRED", "Precondition required",
                    "Send If-Match with the ETag you last read", List.of(new FieldError("If-Match", "is required")));
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw stale();
        }
    }

    /** @return the version, or null when the client sent no If-Match (optional on transitions) */
    public static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : requiredVersion(ifMatch);
    }

    public static void checkVersion(long current, long expected) {
        if (current != expected) {
            throw stale();
        }
    }

    public static ApiException stale() {
        return new ApiException(412, "PRECONDITION_FAILED", "Precondition failed",
                "Someone changed it since you read it; read it again and reapply your change",
                List.of(new FieldError("If-Match", "does not match the current version")));
    }
}
