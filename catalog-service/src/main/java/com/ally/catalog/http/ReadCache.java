package com.ally.catalog.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private record Entry(Written written, long generation, long expiresAt, AtomicBoolean refreshing) {
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
        boolean refreshing = false;
        if (entry != null && entry.generation() == current) {
            // Fresh; or expired with another request already refreshing it: the moment's copy is still
            // of the current generation, and the shoppers do not all run the same query at once.
            if (now - entry.expiresAt() < 0 || !entry.refreshing().compareAndSet(false, true)) {
                return entry.written();
            }
            refreshing = true;
        }
        Written written;
        try {
            written = write.get();
        } catch (RuntimeException e) {
            if (refreshing) {
                entry.refreshing().set(false); // let the next request try again
            }
            throw e;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear(); // many distinct queries: start over rather than track recency
        }
        // Tagged with the generation read before the query: a change committed meanwhile makes it stale at once.
        entries.put(key, new Entry(written, current, now + ttlNanos, new AtomicBoolean()));
        return written;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Published event) {
        generation.incrementAndGet();
        entries.clear();
    }
}
