package com.ally.catalog.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.ally.catalog.outbox.Published;

/**
 * The public reads of the last moment, as written JSON, by request URI: a listing that thousands of
 * shoppers read costs one query per second instead of one each.
 *
 * <p>Every committed change of the catalog goes out as an event through the outbox; each one empties
 * this cache, so this instance never answers older than its own last change. Changes made through
 * another replica reach it within the entry lifetime ({@code ally.http.read-cache-ttl}).
 */
@ApplicationScoped
public class ReadCache {

    /** The JSON of one answer and its ETag, as {@link Conditional} sends them. */
    record Written(byte[] bytes, String etag) {
    }

    private record Entry(Written written, long generation, long expiresAt) {
    }

    private static final int MAX_ENTRIES = 5_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    public ReadCache(@ConfigProperty(name = "ally.http.read-cache-ttl") Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    Written get(String key, Supplier<Written> write) {
        if (ttlNanos <= 0) {
            return write.get();
        }
        long now = System.nanoTime();
        long current = generation.get();
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == current && now - entry.expiresAt() < 0) {
            return entry.written();
        }
        Written written = write.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // many distinct queries: start over rather than track recency
        }
        // Tagged with the generation read before the query: a change committed meanwhile makes it stale at once.
        entries.put(key, new Entry(written, current, now + ttlNanos));
        return written;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Published event) {
        generation.incrementAndGet();
        entries.clear();
    }
}
