package com.ally.fit.catalog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import com.ally.fit.config.FitConfig;
import com.ally.fit.recommendation.StyleFacts;

/**
 * The active styles with stock in one size and width, which the fit finder matches to a shopper's
 * foot conditions. Every such shopper asks and the replica changes only when catalog says so: the
 * answer is kept for a moment ({@code ally.fit.styles-in-stock-ttl}) instead of queried each time.
 *
 * <p>Every catalog event this instance applies empties it once committed, so this instance never
 * suggests older than its own last change. Changes another instance applied reach it within the
 * lifetime. The keys are the 17 sizes by 4 widths at most: nothing to evict.
 */
@ApplicationScoped
public class StylesInStock {

    /** Fired in the transaction of every catalog event applied to the replica. */
    record ReplicaChanged() {
    }

    private record Entry(List<StyleFacts> styles, long generation, long expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long ttlNanos;

    public StylesInStock(FitConfig config) {
        this.ttlNanos = config.stylesInStockTtl().toNanos();
    }

    /** In slug order. */
    public List<StyleFacts> in(double size, String width) {
        long now = System.nanoTime();
        long current = generation.get();
        String key = size + " " + width;
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == current && now - entry.expiresAt() < 0) {
            return entry.styles();
        }
        List<StyleFacts> styles = CatalogStyle.activeInStock(size, width).stream().map(CatalogStyle::facts).toList();
        // Tagged with the generation read before the query: a change committed meanwhile makes it stale at once.
        entries.put(key, new Entry(styles, current, now + ttlNanos));
        return styles;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReplicaChanged change) {
        generation.incrementAndGet();
        entries.clear();
    }
}
