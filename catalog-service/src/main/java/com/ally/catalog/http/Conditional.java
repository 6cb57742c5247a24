package com.ally.catalog.http;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import com.ally.catalog.problem.ApiException;
import com.ally.catalog.problem.FieldError;

/**
 * Public reads: an ETag over the exact body, 304 on a matching If-None-Match, and a short shared
 * cache lifetime with stale-while-revalidate so that a CDN or the gateway can absorb the reads.
 */
@ApplicationScoped
public class Conditional {

    private final ObjectMapper json;
    /** Written by hand: JAX-RS CacheControl would quote the extension's value, which caches do not expect. */
    private final String cacheControl;

    public Conditional(ObjectMapper json, @ConfigProperty(name = "ally.http.public-max-age", defaultValue = "5") int maxAge,
            @ConfigProperty(name = "ally.http.stale-while-revalidate", defaultValue = "30") int stale) {
        this.json = json;
        this.cacheControl = "public, max-age=" + maxAge + ", stale-while-revalidate=" + stale;
    }

    /** The body is written to JSON once: the bytes that are hashed for the ETag are the bytes sent. */
    public Response ok(Request request, Object body) {
        byte[] bytes = write(body);
        EntityTag tag = tagOf(bytes);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header(HttpHeaders.CACHE_CONTROL, cacheControl).tag(tag).build();
        }
        return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE).tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .build();
    }

    private byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static EntityTag tagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16), true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ETag an admin update must send back in If-Match: the row's version. */
    public static EntityTag versionTag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * An admin write with {@code If-Match} goes ahead only on the version it names; without the
     * header it goes ahead (last write wins), which the seed and simple scripts rely on.
     */
    public static void requireVersion(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!tag.equals(Long.toString(version))) {
            throw new ApiException(412, "PRECONDITION_FAILED", "Precondition failed",
                    "It changed since you read it: version is " + version + ", If-Match named " + ifMatch,
                    List.of(new FieldError("If-Match", "does not match the current version " + version)));
        }
    }

}
