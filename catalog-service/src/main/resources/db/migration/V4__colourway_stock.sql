-- What the style list reads instead of the SKUs: per colourway, the cells of the size x width matrix
-- it offers and those in stock now (on_hand > reserved), numbered as sizing/Cells numbers them:
-- cell = (size x 2 - 8) x 4 + width (NARROW 0, MEDIUM 1, WIDE 2, EXTRA_WIDE 3), so 9.0 WIDE is 42.
-- "In stock in 9 WIDE" is then `in_stock_cells @> '{42}'` (GIN), and the size and width facets count
-- the masks of the matching styles' colourways instead of reading 68 SKUs per colourway. The colour
-- is copied from the colourway (it never changes), so that colour and stock filter on one row.
-- The service keeps it in the transaction that moves one of the colourway's SKUs across OUT.
create table colourway_stock (
    colourway_id    uuid primary key references colourway (id),
    style_id        uuid not null references style (id),
    colour          text not null,
    offered_cells   smallint[] not null,
    in_stock_cells  smallint[] not null,
    -- bit i: some width of the i-th size (4.0 + i / 2) is in stock
    in_stock_sizes  integer not null,
    -- bit i: some size of the i-th width is in stock
    in_stock_widths integer not null,
    updated_at      timestamptz not null default now()
)
-- Small and updated whenever a SKU sells out or comes back: vacuumed early, so that the index-only
-- scans below rarely have to visit the heap.
with (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.05);
-- Covering: the facets read a style's colourways from the index alone, and "black, in stock in
-- 9 WIDE" checks its cells there too (index-only scans once vacuum has marked the pages visible).
create index colourway_stock_style on colourway_stock (style_id) include (colour, in_stock_sizes, in_stock_widths);
create index colourway_stock_colour on colourway_stock (colour, style_id) include (in_stock_cells);
create index colourway_stock_in_stock on colourway_stock using gin (in_stock_cells);

-- Backfill every existing colourway from its SKUs.
insert into colourway_stock (colourway_id, style_id, colour, offered_cells, in_stock_cells, in_stock_sizes, in_stock_widths)
select c.id, c.style_id, c.colour,
       coalesce(array_agg(k.cell order by k.cell) filter (where k.cell is not null), '{}'),
       coalesce(array_agg(k.cell order by k.cell) filter (where k.in_stock), '{}'),
       coalesce(bit_or(1 << (k.cell / 4)) filter (where k.in_stock), 0),
       coalesce(bit_or(1 << (k.cell % 4)) filter (where k.in_stock), 0)
from colourway c
left join (select i.colourway_id, i.on_hand > i.reserved as in_stock,
                  ((i.size * 2 - 8)::integer * 4
                   + array_position(array['NARROW', 'MEDIUM', 'WIDE', 'EXTRA_WIDE'], i.width) - 1)::smallint as cell
           from inventory i) k on k.colourway_id = c.id
group by c.id, c.style_id, c.colour;

-- The list and its facets no longer read SKU rows, so the indexes that carried on_hand and reserved
-- for them go: a stock UPDATE then changes no indexed column and can stay a HOT update (a reservation
-- writes one heap tuple, not five index entries). The style detail still finds its SKUs by style.
drop index inventory_size_width;
drop index inventory_style_size_width;
create index inventory_style_size_width on inventory (style_id, size, width);
