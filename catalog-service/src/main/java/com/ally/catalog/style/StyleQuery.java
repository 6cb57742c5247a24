package com.ally.catalog.style;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.ally.catalog.paging.PageRequest;
import com.ally.catalog.problem.ApiException;

/**
 * The public style list as SQL: filters as EXISTS sub-queries on colourways and SKUs, keyset
 * paging on the sort key plus id (never OFFSET), and facet counts over the same filter.
 */
@ApplicationScoped
public class StyleQuery {

    /** One matching style and its position in the sort. */
    public record Hit(UUID id, String key) {
    }

    private final EntityManager em;

    public StyleQuery(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code limit + 1} hits after the cursor position. */
    public List<Hit> page(StyleFilter filter, PageRequest page, UUID collectionId) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("select s.id, ").append(keyColumn(filter.sort()))
                .append(" from style s where ").append(where(filter, collectionId, params));
        if (!page.first()) {
            sql.append(" and ").append(after(filter.sort(), page.after(), params));
        }
        String direction = filter.sort() == StyleFilter.Sort.PRICE_DESC || filter.sort() == StyleFilter.Sort.NEWEST
                ? " desc" : "";
        sql.append(" order by ").append(keyColumn(filter.sort())).append(direction).append(", s.id").append(direction)
                .append(" limit ").append(page.limit() + 1);
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Hit((UUID) r[0], keyText(r[1]))).toList();
    }

    public StyleView.Facets facets(StyleFilter filter, UUID collectionId) {
        Map<String, Object> params = new HashMap<>();
        // m: the matching styles; sw: their distinct in-stock (size, width) pairs, read once for both facets.
        String sql = "with m as materialized (select s.id, s.heel_height from style s where "
                + where(filter, collectionId, params) + "),"
                + " sw as materialized (select distinct i.style_id, i.size, i.width from inventory i"
                + "   join m on m.id = i.style_id where i.on_hand > i.reserved)"
                + " select 'colour', c.colour, count(distinct c.style_id) from colourway c join m on m.id = c.style_id group by c.colour"
                + " union all select 'size', sw.size::text, count(distinct sw.style_id) from sw group by sw.size"
                + " union all select 'width', sw.width, count(distinct sw.style_id) from sw group by sw.width"
                + " union all select 'heel', m.heel_height::text, count(*) from m group by m.heel_height";
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, List<StyleView.FacetCount>> byFacet = new LinkedHashMap<>();
        for (String facet : List.of("colour", "size", "width", "heel")) {
            byFacet.put(facet, new ArrayList<>());
        }
        for (Object[] row : rows) {
            byFacet.get((String) row[0]).add(new StyleView.FacetCount((String) row[1], ((Number) row[2]).longValue()));
        }
        Comparator<StyleView.FacetCount> numeric = Comparator.comparing(f -> new BigDecimal(f.value()));
        byFacet.get("colour").sort(Comparator.comparing(StyleView.FacetCount::value));
        byFacet.get("size").sort(numeric);
        byFacet.get("width").sort(Comparator.comparing(f -> com.ally.catalog.sizing.Width.valueOf(f.value())));
        byFacet.get("heel").sort(numeric);
        return new StyleView.Facets(byFacet.get("colour"), byFacet.get("size"), byFacet.get("width"), byFacet.get("heel"));
    }

    private static String where(StyleFilter f, UUID collectionId, Map<String, Object> params) {
        List<String> and = new ArrayList<>();
        and.add("s.status = 'ACTIVE'");
        if (collectionId != null) {
            and.add("exists (select 1 from collection_style cs where cs.style_id = s.id and cs.collection_id = :collection)");
            params.put("collection", collectionId);
        }
        if (f.category() != null) {
            and.add("s.category = :category");
            params.put("category", f.category().name());
        }
        if (f.heelMin() != null) {
            and.add("s.heel_height >= :heelMin");
            params.put("heelMin", f.heelMin());
        }
        if (f.heelMax() != null) {
            and.add("s.heel_height <= :heelMax");
            params.put("heelMax", f.heelMax());
        }
        if (f.q() != null) {
            and.add("s.search @@ websearch_to_tsquery('english', :q)");
            params.put("q", f.q());
        }
        if (f.filtersColourways()) {
            List<String> colourway = new ArrayList<>();
            colourway.add("c.style_id = s.id");
            if (f.colour() != null) {
                colourway.add("c.colour = :colour");
                params.put("colour", f.colour());
            }
            if (f.priceMin() != null) {
                colourway.add("c.price_amount >= :priceMin");
                params.put("priceMin", f.priceMin());
            }
            if (f.priceMax() != null) {
                colourway.add("c.price_amount <= :priceMax");
                params.put("priceMax", f.priceMax());
            }
            if (f.filtersSkus()) {
                List<String> sku = new ArrayList<>();
                sku.add("i.colourway_id = c.id");
                if (f.size() != null) {
                    sku.add("i.size = :size");
                    params.put("size", f.size());
                }
                if (f.width() != null) {
                    sku.add("i.width = :width");
                    params.put("width", f.width().name());
                }
                if (f.inStock()) {
                    sku.add("i.on_hand > i.reserved");
                }
                colourway.add("exists (select 1 from inventory i where " + String.join(" and ", sku) + ")");
            }
            and.add("exists (select 1 from colourway c where " + String.join(" and ", colourway) + ")");
        }
        return String.join(" and ", and);
    }

    private static String keyColumn(StyleFilter.Sort sort) {
        return switch (sort) {
            case FEATURED -> "s.featured_rank";
            case PRICE, PRICE_DESC -> "s.from_price";
            case NEWEST -> "s.published_at";
        };
    }

    private static String after(StyleFilter.Sort sort, Map<String, String> cursor, Map<String, Object> params) {
        try {
            params.put("afterId", UUID.fromString(cursor.get("id")));
            String key = cursor.get("k");
            switch (sort) {
                case FEATURED -> params.put("afterKey", Integer.valueOf(key));
                case PRICE, PRICE_DESC -> params.put("afterKey", Long.valueOf(key));
                case NEWEST -> params.put("afterKey", Instant.parse(key));
            }
        } catch (RuntimeException e) {
            throw ApiException.invalid("cursor", "does not belong to this sort");
        }
        String op = sort == StyleFilter.Sort.PRICE_DESC || sort == StyleFilter.Sort.NEWEST ? "<" : ">";
        return "(" + keyColumn(sort) + ", s.id) " + op + " (:afterKey, :afterId)";
    }

    private static String keyText(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant().toString();
        }
        return String.valueOf(value);
    }
}
