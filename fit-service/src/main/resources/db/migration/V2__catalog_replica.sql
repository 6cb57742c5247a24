-- fit-service's own replica of the catalog, from catalog.style snapshots and catalog.inventory changes.
-- as_of is the time of the event that wrote the row: an older event never overwrites a newer one.
create table catalog_style (
    id                 uuid primary key,
    slug               text not null,
    name               text not null,
    category           text,
    heel_height_inches numeric(4, 2),
    toe_shape          text,
    comfort_features   text not null default '',
    upper_materials    text not null default '',
    status             text not null,
    as_of              timestamptz not null
);
create index catalog_style_slug on catalog_style (slug);

create table catalog_sku (
    sku          text primary key,
    style_id     uuid not null,
    size         numeric(3, 1) not null,
    width        text not null,
    available    integer not null,
    availability text not null,
    as_of        timestamptz not null
);
create index catalog_sku_size_width on catalog_sku (size, width, style_id) where availability <> 'OUT';
