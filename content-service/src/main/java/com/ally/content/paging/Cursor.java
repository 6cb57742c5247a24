package com.ally.content.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.ally.content.problem.ApiException;

/**
 * Opaque keyset cursors: the sort key of the last item of a page, as base64url JSON. Clients must
 * not parse them; a cursor that does not decode is a 400 naming {@code cursor}.
 */
public final class Cursor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private Cursor() {
    }

    public static String encode(Map<String, String> position) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(position));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the position, or an empty map for the first page */
    public static Map<String, String> decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8), MAP);
        } catch (Exception e) {
            throw ApiException.invalid("cursor", "is not a cursor this service gave out");
        }
    }
}
