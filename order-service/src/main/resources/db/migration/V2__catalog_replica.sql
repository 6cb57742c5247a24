-- order-service's own copy of what it needs from the catalog, kept from catalog events:
-- no synchronous call to catalog-service on the request path.
create table catalog_sku (
    sku             text primary key,
    style_id        uuid not null,
    style_slug      text not null,
    style_name      text not null,
    colourway_id    uuid not null,
    colourway_name  text not null,
    size            numeric(3, 1) not null,
    width           text not null,
    price_amount    bigint not null,
    currency        text not null,
    available       integer not null default 0,
    availability    text not null default 'OUT',
    retired         boolean not null default false,
    updated_at      timestamptz not null default now()
);
create index catalog_sku_style on catalog_sku (style_id);
create index catalog_sku_colourway on catalog_sku (colourway_id);
