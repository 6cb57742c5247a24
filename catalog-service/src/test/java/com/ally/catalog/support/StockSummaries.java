package com.ally.catalog.support;

import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * The colourway stock summaries recomputed from the SKU rows, with the SQL of the migration that
 * backfilled them (V4): a check that the service's own numbering and upkeep agree with it.
 */
public final class StockSummaries {

    private StockSummaries() {
    }

    /** Colourways whose summary row differs from their SKUs (or is missing): should be none. */
    @SuppressWarnings("unchecked")
    public static List<String> mismatches(EntityManager em) {
        return em.createNativeQuery("""
                with k as (select i.colourway_id, i.on_hand > i.reserved as in_stock,
                                  ((i.size * 2 - 8)::integer * 4
                                   + array_position(array['NARROW', 'MEDIUM', 'WIDE', 'EXTRA_WIDE'], i.width) - 1)::smallint as cell
                           from inventory i),
                     expected as (select c.id, c.style_id, c.colour,
                            coalesce(array_agg(k.cell order by k.cell) filter (where k.cell is not null), array[]::smallint[]) as offered,
                            coalesce(array_agg(k.cell order by k.cell) filter (where k.in_stock), array[]::smallint[]) as in_stock,
                            coalesce(bit_or(1 << (k.cell / 4)) filter (where k.in_stock), 0) as sizes,
                            coalesce(bit_or(1 << (k.cell % 4)) filter (where k.in_stock), 0) as widths
                     from colourway c left join k on k.colourway_id = c.id group by c.id, c.style_id, c.colour)
                select e.id::text from expected e left join colourway_stock s on s.colourway_id = e.id
                where s.colourway_id is null or s.style_id <> e.style_id or s.colour <> e.colour or s.offered_cells <> e.offered
                   or s.in_stock_cells <> e.in_stock or s.in_stock_sizes <> e.sizes or s.in_stock_widths <> e.widths
                """).getResultList();
    }
}
