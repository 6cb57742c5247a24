-- What became of each order line's pairs (order id + SKU): delivered, and returned by reason.
create table fit_line (
    order_id      uuid not null,
    sku           text not null,
    style_id      uuid not null,
    style_slug    text not null,
    delivered     integer not null default 0,
    too_small     integer not null default 0,
    too_large     integer not null default 0,
    too_narrow    integer not null default 0,
    too_wide      integer not null default 0,
    other_returns integer not null default 0,
    primary key (order_id, sku)
);
create index fit_line_style on fit_line (style_id, order_id);

-- Per style, the sum of its lines' evidence (kept pairs are delivered minus returned), kept up to date
-- by adding each line's change; FitModel turns it into offsets.
create table style_fit (
    style_id      uuid primary key,
    style_slug    text not null,
    orders        bigint not null default 0,
    kept          bigint not null default 0,
    too_small     bigint not null default 0,
    too_large     bigint not null default 0,
    too_narrow    bigint not null default 0,
    too_wide      bigint not null default 0,
    other_returns bigint not null default 0,
    updated_at    timestamptz not null default now()
);
create index style_fit_slug on style_fit (style_slug);
