package com.ally.catalog.http;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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
    private final ReadCache reads;
    /** Written by hand: JAX-RS CacheControl would quote the extension's value, which caches do not expect. */
    private final String cacheControl;

    public Conditional(ObjectMapper json, @ConfigProperty(name = "ally.http.public-max-age", defaultValue = "5") int maxAge,
            @ConfigProperty(name = "ally.http.stale-while-revalidate", defaultValue = "30") int stale, ReadCache reads) {
        this.json = json;
        this.reads = reads;
        this.cacheControl = "public, max-age=" + maxAge + ", stale-while-revalidate=" + stale;
    }

    /**
     * A public read answered from {@link ReadCache} when it holds this URI; otherwise {@code body} is
     * queried and kept. Check the request's parameters before: a bad one must not reach the cache.
     */
    public Response cached(Request request, UriInfo uri, Supplier<Object> body) {
        return answer(request, reads.get(uri.getRequestUri().toString(), () -> written(body.get())));
    }

    private Response answer(Request request, ReadCache.Written written) {
        EntityTag tag = new EntityTag(written.etag(), true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header(HttpHeaders.CACHE_CONTROL, cacheControl).tag(tag).build();
        }
        return Response.ok(written.bytes(), MediaType.APPLICATION_JSON_TYPE).tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }

    /** The body is written to JSON once: the bytes that are hashed for the ETag are the bytes sent. */
    private ReadCache.Written written(Object body) {
        byte[] bytes = write(body);
        return new ReadCache.Written(bytes, tagOf(bytes));
    }

    private byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 16);
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
