package com.ally.content.post;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.ally.content.paging.Page;
import com.ally.content.paging.PageRequest;
import com.ally.content.problem.ApiException;

/**
 * The public list of posts for readers and marketing tools: PUBLISHED only, newest first, keyset
 * paged on (publishedAt, id), filtered by plain query parameters; {@code q} is PostgreSQL full-text
 * search over the title, excerpt and body (the generated, GIN-indexed {@code search} column).
 */
@ApplicationScoped
public class PostSearch {

    private final EntityManager em;
    private final PostMapper mapper;

    public PostSearch(EntityManager em, PostMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** The filters, as given; null means "any". */
    public record Filter(String tag, String author, String style, String collection, Instant updatedSince,
            Instant publishedFrom, Instant publishedTo, String q) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null, null);
        }
    }

    public Page<PostView.Summary> search(Filter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder("select p.* from post p where p.status = 'PUBLISHED'");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.tag() != null) {
            sql.append(" and cast(:tag as text) = any(p.tags)");
            params.put("tag", filter.tag());
        }
        if (filter.author() != null) {
            sql.append(" and exists (select 1 from author a where a.slug = :author and a.id = any(p.author_ids))");
            params.put("author", filter.author());
        }
        if (filter.style() != null) {
            sql.append(" and cast(:style as text) = any(p.style_slugs)");
            params.put("style", filter.style());
        }
        if (filter.collection() != null) {
            sql.append(" and cast(:collection as text) = any(p.collection_slugs)");
            params.put("collection", filter.collection());
        }
        if (filter.updatedSince() != null) {
            sql.append(" and p.updated_at >= :updatedSince");
            params.put("updatedSince", filter.updatedSince());
        }
        if (filter.publishedFrom() != null) {
            sql.append(" and p.published_at >= :publishedFrom");
            params.put("publishedFrom", filter.publishedFrom());
        }
        if (filter.publishedTo() != null) {
            sql.append(" and p.published_at < :publishedTo");
            params.put("publishedTo", filter.publishedTo());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            sql.append(" and p.search @@ websearch_to_tsquery('english', :q)");
            params.put("q", filter.q());
        }
        if (!page.first()) {
            sql.append(" and (p.published_at, p.id) < (:at, :id)");
            params.put("at", instant(page.after().get("at")));
            params.put("id", uuid(page.after().get("id")));
        }
        sql.append(" order by p.published_at desc, p.id desc limit :limit");
        params.put("limit", page.limit() + 1);
        Query query = em.createNativeQuery(sql.toString(), Post.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Post> rows = new ArrayList<>(query.getResultList());
        Page<Post> posts = Page.of(rows, page.limit(),
                p -> Map.of("at", p.publishedAt.toString(), "id", p.id.toString()));
        return new Page<>(mapper.summaries(posts.items()), posts.nextCursor());
    }

    /** The newest published posts with their bodies, for the feeds. */
    public List<Post> newest(int limit) {
        return Post.<Post>find("status = ?1 order by publishedAt desc, id desc", PostStatus.PUBLISHED)
                .page(0, limit).list();
    }

    /** A query parameter that must be an ISO-8601 instant; anything else is a 400 naming it. */
    public static Instant instantParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an ISO-8601 UTC time like 2026-11-24T16:49:55Z");
        }
    }

    static Instant instant(String cursorValue) {
        try {
            return Instant.parse(cursorValue);
        } catch (RuntimeException e) {
            throw ApiException.invalid("cursor", "is not a cursor this service gave out");
        }
    }

    static UUID uuid(String cursorValue) {
        try {
            return UUID.fromString(cursorValue);
        } catch (RuntimeException e) {
            throw ApiException.invalid("cursor", "is not a cursor this service gave out");
        }
    }
}
