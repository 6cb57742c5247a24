package com.ally.catalog.collection;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.ally.catalog.audit.Audit;
import com.ally.catalog.http.Conditional;
import com.ally.catalog.http.Versioned;
import com.ally.catalog.idempotency.Idempotency;
import com.ally.catalog.outbox.Outbox;
import com.ally.catalog.paging.Page;
import com.ally.catalog.paging.PageRequest;
import com.ally.catalog.problem.ApiException;
import com.ally.catalog.problem.FieldError;

/**
 * Transaction boundary for collections and their ordered membership: every change writes the
 * collection's snapshot event to the outbox.
 */
@ApplicationScoped
public class CollectionService {

    static final String TOPIC = "catalog.collection";
    static final String PUBLISHED = "ally.catalog.collection.published.v1";
    static final String CREATE_SCOPE = "collection-create";

    private final Outbox outbox;
    private final Audit audit;
    private final Idempotency idempotency;
    private final EntityManager em;

    public CollectionService(Outbox outbox, Audit audit, Idempotency idempotency, EntityManager em) {
        this.outbox = outbox;
        this.audit = audit;
        this.idempotency = idempotency;
        this.em = em;
    }

    /** {@link #create} once per Idempotency-Key: a repeat with the same key and request replays the answer. */
    @Transactional
    public Idempotency.Answer create(CollectionView.Request request, String key, String actor) {
        return idempotency.once(CREATE_SCOPE, key, request, 201, () -> create(request, actor));
    }

    @Transactional
    public CollectionView.Detail create(CollectionView.Request request, String actor) {
        List<UUID> members = styleIds(request.styleSlugs(), "styleSlugs");
        if (Collection.slugTaken(request.slug())) {
            throw ApiException.conflict("DUPLICATE_SLUG", "A collection with slug '" + request.slug() + "' exists", "slug");
        }
        Collection collection = Collection.create(request.slug(), request.name().strip(), request.description(), actor, now());
        collection.persist();
        em.flush();
        replaceMembers(collection, members);
        audit.record(actor, "collection.created", "collection", collection.id.toString(), collection.slug);
        return published(collection);
    }

    @Transactional
    public CollectionView.Detail update(String slug, CollectionView.Update request, String ifMatch, String actor) {
        Collection collection = existing(slug);
        Conditional.requireVersion(ifMatch, collection.version);
        collection.name = request.name().strip();
        collection.description = request.description() == null ? "" : request.description();
        if (request.styleSlugs() != null) {
            replaceMembers(collection, styleIds(request.styleSlugs(), "styleSlugs"));
        }
        collection.touch(actor, now());
        audit.record(actor, "collection.updated", "collection", collection.id.toString(), collection.slug);
        return published(collection);
    }

    @Transactional
    public CollectionView.Detail addStyle(String slug, CollectionView.Member member, String actor) {
        Collection collection = existing(slug);
        UUID styleId = styleIds(List.of(member.styleSlug()), "styleSlug").get(0);
        List<UUID> members = new ArrayList<>(memberIds(collection.id, false));
        members.remove(styleId);
        int at = member.position() == null ? members.size() : Math.min(member.position(), members.size());
        members.add(at, styleId);
        replaceMembers(collection, members);
        collection.touch(actor, now());
        audit.record(actor, "collection.style-added", "collection", collection.id.toString(), member.styleSlug());
        return published(collection);
    }

    @Transactional
    public CollectionView.Detail removeStyle(String slug, String styleSlug, String actor) {
        Collection collection = existing(slug);
        List<UUID> members = new ArrayList<>(memberIds(collection.id, false));
        UUID styleId = styleIds(List.of(styleSlug), "styleSlug").get(0);
        if (!members.remove(styleId)) {
            throw ApiException.notFound("Member of " + slug, styleSlug);
        }
        replaceMembers(collection, members);
        collection.touch(actor, now());
        audit.record(actor, "collection.style-removed", "collection", collection.id.toString(), styleSlug);
        return published(collection);
    }

    /**
     * Puts a style into exactly these collections (appended at their end when new), from a style
     * write; errors name {@code collections[i]}. Changed collections announce their new snapshot.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void placeStyle(UUID styleId, List<String> slugs, String actor) {
        List<FieldError> errors = new ArrayList<>();
        List<Collection> wanted = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            Optional<Collection> found = Collection.findBySlug(slugs.get(i));
            if (found.isEmpty()) {
                errors.add(new FieldError("collections[" + i + "]", "is not a known collection"));
            } else if (!wanted.contains(found.get())) {
                wanted.add(found.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", "Invalid request",
                    errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid", errors);
        }
        Set<UUID> current = new HashSet<>(collectionIdsOf(styleId));
        for (Collection collection : wanted) {
            if (!current.remove(collection.id)) {
                List<UUID> members = new ArrayList<>(memberIds(collection.id, false));
                members.add(styleId);
                replaceMembers(collection, members);
                collection.touch(actor, now());
                published(collection);
            }
        }
        for (UUID left : current) {
            Collection collection = Collection.findById(left);
            List<UUID> members = new ArrayList<>(memberIds(collection.id, false));
            members.remove(styleId);
            replaceMembers(collection, members);
            collection.touch(actor, now());
            published(collection);
        }
    }

    /** The slugs of the collections a style is in, in slug order. */
    @SuppressWarnings("unchecked")
    public List<String> slugsOf(UUID styleId) {
        return em.createNativeQuery("""
                select c.slug from collection_style cs join collection c on c.id = cs.collection_id
                where cs.style_id = ?1 order by c.slug""").setParameter(1, styleId).getResultList();
    }

    public Optional<Versioned<CollectionView.Detail>> findDetail(String slug) {
        return Collection.findBySlug(slug).map(c -> new Versioned<>(CollectionView.of(c, memberSlugs(c.id)), c.version));
    }

    public long version(String slug) {
        return existing(slug).version;
    }

    public Optional<Collection> find(String slug) {
        return Collection.findBySlug(slug);
    }

    /** Member style ids in order; only the public (ACTIVE) ones when asked. */
    @SuppressWarnings("unchecked")
    public List<UUID> memberIds(UUID collectionId, boolean publicOnly) {
        return em.createNativeQuery("""
                select cs.style_id from collection_style cs join style s on s.id = cs.style_id
                where cs.collection_id = ?1 and (?2 = false or s.status = 'ACTIVE') order by cs.position""")
                .setParameter(1, collectionId).setParameter(2, publicOnly).getResultList();
    }

    public Page<CollectionView.Summary> list(PageRequest page) {
        return Page.of(Collection.pageAfter(page.after().get("slug"), page.limit()), page.limit(),
                c -> Map.of("slug", c.slug)).map(CollectionView::summary);
    }

    private Collection existing(String slug) {
        return Collection.findBySlug(slug).orElseThrow(() -> ApiException.notFound("Collection", slug));
    }

    private CollectionView.Detail published(Collection collection) {
        em.flush();
        CollectionView.Detail detail = CollectionView.of(collection, memberSlugs(collection.id));
        outbox.publish(TOPIC, detail.id(), PUBLISHED, detail);
        return detail;
    }

    @SuppressWarnings("unchecked")
    private List<String> memberSlugs(UUID collectionId) {
        return em.createNativeQuery("""
                select s.slug from collection_style cs join style s on s.id = cs.style_id
                where cs.collection_id = ?1 order by cs.position""").setParameter(1, collectionId).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> collectionIdsOf(UUID styleId) {
        return em.createNativeQuery("select collection_id from collection_style where style_id = ?1")
                .setParameter(1, styleId).getResultList();
    }

    /** Style ids for slugs, in order; every unknown or repeated slug is a field error. */
    private List<UUID> styleIds(List<String> slugs, String field) {
        if (slugs == null || slugs.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select slug, id from style where slug = any(?1)")
                .setParameter(1, slugs.toArray(String[]::new)).getResultList();
        Map<String, UUID> ids = new HashMap<>();
        rows.forEach(r -> ids.put((String) r[0], (UUID) r[1]));
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<UUID> ordered = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            String at = slugs.size() == 1 && !field.endsWith("s") ? field : field + "[" + i + "]";
            if (!ids.containsKey(slugs.get(i))) {
                errors.add(new FieldError(at, "is not a known style"));
            } else if (!seen.add(slugs.get(i))) {
                errors.add(new FieldError(at, "is listed twice"));
            } else {
                ordered.add(ids.get(slugs.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "VALIDATION_FAILED", "Invalid request",
                    errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid", errors);
        }
        return ordered;
    }

    private void replaceMembers(Collection collection, List<UUID> styleIds) {
        em.createNativeQuery("delete from collection_style where collection_id = ?1").setParameter(1, collection.id)
                .executeUpdate();
        for (int i = 0; i < styleIds.size(); i++) {
            em.createNativeQuery("insert into collection_style (collection_id, style_id, position) values (?1, ?2, ?3)")
                    .setParameter(1, collection.id).setParameter(2, styleIds.get(i)).setParameter(3, i).executeUpdate();
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
