package com.ally.catalog.collection;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.ally.catalog.outbox.Outbox;
import com.ally.catalog.paging.Page;
import com.ally.catalog.paging.PageRequest;
import com.ally.catalog.problem.ApiException;

/** Transaction boundary for collections: every change writes its snapshot event to the outbox. */
@ApplicationScoped
public class CollectionService {

    static final String TOPIC = "catalog.collection";
    static final String PUBLISHED = "ally.catalog.collection.published.v1";

    private final Outbox outbox;

    public CollectionService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public CollectionView.Detail create(CollectionView.Request request, String actor) {
        if (Collection.slugTaken(request.slug())) {
            throw ApiException.conflict("DUPLICATE_SLUG", "A collection with slug '" + request.slug() + "' exists", "slug");
        }
        Collection collection = Collection.create(request.slug(), request.name().strip(), request.description(), actor,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        collection.persist();
        CollectionView.Detail detail = CollectionView.of(collection);
        outbox.publish(TOPIC, detail.id(), PUBLISHED, detail);
        return detail;
    }

    public Optional<CollectionView.Detail> find(String slug) {
        return Collection.findBySlug(slug).map(CollectionView::of);
    }

    public Page<CollectionView.Detail> list(PageRequest page) {
        return Page.of(Collection.pageAfter(page.after().get("slug"), page.limit()), page.limit(),
                c -> Map.of("slug", c.slug)).map(CollectionView::of);
    }
}
