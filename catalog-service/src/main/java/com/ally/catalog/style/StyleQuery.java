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
import com.ally.catalog.sizing.Cells;
import com.ally.catalog.sizing.Sizes;
import com.ally.catalog.sizing.Width;

/**
 * The public style list as SQL: filters as EXISTS sub-queries on colourways and their stock
 * summaries ({@code colourway_stock}, never the SKUs themselves), keyset paging on the sort key
 * plus id (never OFFSET), and facet counts over the same filter.
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
        // m: the matching styles; cw: their colourways' summary rows (colour, in-stock size and
        // width masks; a few per style); st: per style, the sizes and widths any colourway has in
        // stock; counts: per size and per width bit, how many styles have it. No SKU row is read.
        String sql = "with m as materialized (select s.id, s.heel_height from style s where "
                + where(filter, collectionId, params) + "),"
                + " cw as materialized (select cws.style_id, cws.colour, cws.in_stock_sizes, cws.in_stock_widths"
                + "   from colourway_stock cws join m on m.id = cws.style_id),"
                + " st as materialized (select bit_or(in_stock_sizes) sizes, bit_or(in_stock_widths) widths"
                + "   from cw group by style_id),"
                + " counts as (select array[" + bitCounts("sizes", Sizes.ALL.size()) + "] sizes,"
                + "   array[" + bitCounts("widths", Cells.WIDTHS) + "] widths from st)"
                + " select 'colour', cw.colour, count(distinct cw.style_id) from cw group by cw.colour"
                + " union all select 'heel', m.heel_height::text, count(*) from m group by m.heel_height"
                + " union all select 'size', (b.i - 1)::text, b.n from counts, unnest(counts.sizes) with ordinality b(n, i) where b.n > 0"
                + " union all select 'width', (b.i - 1)::text, b.n from counts, unnest(counts.widths) with ordinality b(n, i) where b.n > 0";
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, List<StyleView.FacetCount>> byFacet = new LinkedHashMap<>();
        for (String facet : List.of("colour", "size", "width", "heel")) {
            byFacet.put(facet, new ArrayList<>());
        }
        for (Object[] row : rows) {
            String facet = (String) row[0];
            String value = switch (facet) {
                case "size" -> Cells.size(Integer.parseInt((String) row[1])).toPlainString();
                case "width" -> Cells.width(Integer.parseInt((String) row[1])).name();
                default -> (String) row[1];
            };
            byFacet.get(facet).add(new StyleView.FacetCount(value, ((Number) row[2]).longValue()));
        }
        Comparator<StyleView.FacetCount> numeric = Comparator.comparing(f -> new BigDecimal(f.value()));
        byFacet.get("colour").sort(Comparator.comparing(StyleView.FacetCount::value));
        byFacet.get("size").sort(numeric);
        byFacet.get("width").sort(Comparator.comparing(f -> Width.valueOf(f.value())));
        byFacet.get("heel").sort(numeric);
        return new StyleView.Facets(byFacet.get("colour"), byFacet.get("size"), byFacet.get("width"), byFacet.get("heel"));
    }

    /** {@code count(*) filter (where column & 1 <> 0), ...}: how many rows have each of the bits. */
    private static String bitCounts(String column, int bits) {
        StringBuilder sql = new StringBuilder();
        for (int bit = 0; bit < bits; bit++) {
            sql.append(bit == 0 ? "" : ", ").append("count(*) filter (where ").append(column).append(" & ")
                    .append(1 << bit).append(" <> 0)");
        }
        return sql.toString();
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
        if (f.filtersSkus()) {
            // Colour, size, width and stock on the colourway's summary row: no SKU is read.
            List<String> colourway = new ArrayList<>(List.of("cws.style_id = s.id", cells(f)));
            if (f.colour() != null) {
                colourway.add("cws.colour = :colour");
                params.put("colour", f.colour());
            }
            String from = "colourway_stock cws";
            if (f.priceMin() != null || f.priceMax() != null) {
                from += " join colourway c on c.id = cws.colourway_id";
                colourway.addAll(prices(f, params));
            }
            and.add("exists (select 1 from " + from + " where " + String.join(" and ", colourway) + ")");
        } else if (f.filtersColourways()) {
            List<String> colourway = new ArrayList<>(List.of("c.style_id = s.id"));
            if (f.colour() != null) {
                colourway.add("c.colour = :colour");
                params.put("colour", f.colour());
            }
            colourway.addAll(prices(f, params));
            and.add("exists (select 1 from colourway c where " + String.join(" and ", colourway) + ")");
        }
        return String.join(" and ", and);
    }

    private static List<String> prices(StyleFilter f, Map<String, Object> params) {
        List<String> and = new ArrayList<>();
        if (f.priceMin() != null) {
            and.add("c.price_amount >= :priceMin");
            params.put("priceMin", f.priceMin());
        }
        if (f.priceMax() != null) {
            and.add("c.price_amount <= :priceMax");
            params.put("priceMax", f.priceMax());
        }
        return and;
    }

    /** The size / width / in-stock condition on a colourway's summary row {@code cws}. */
    private static String cells(StyleFilter f) {
        String column = f.inStock() ? "cws.in_stock_cells" : "cws.offered_cells";
        if (f.size() != null && f.width() != null) {
            return column + " @> " + Cells.sqlArray(new short[] {(short) Cells.of(f.size(), f.width())});
        }
        if (f.size() != null) {
            return column + " && " + Cells.sqlArray(Cells.ofSize(f.size()));
        }
        if (f.width() != null) {
            return column + " && " + Cells.sqlArray(Cells.ofWidth(f.width()));
        }
        return "cardinality(" + column + ") > 0"; // inStock alone: any size in any width
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
