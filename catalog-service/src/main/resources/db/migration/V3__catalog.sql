-- Styles: what a shopper browses. Only ACTIVE styles are public.
create table style (
    id               uuid primary key,
    slug             text not null unique,
    code             text not null unique check (code ~ '^[A-Z0-9]{2,6}$'),
    name             text not null,
    description      text not null default '',
    category         text not null check (category in ('HEEL', 'FLAT')),
    heel_height      numeric(3, 1) not null check (heel_height >= 0 and heel_height <= 6),
    toe_shape        text not null,
    comfort_features text[] not null default '{}',
    upper_materials  text[] not null default '{}',
    status           text not null default 'DRAFT' check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    featured_rank    integer not null default 1000,
    -- The lowest colourway price, kept by the service: the list sorts and filters on it.
    from_price       bigint check (from_price > 0),
    version          bigint not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    published_at     timestamptz,
    updated_by       text not null,
    search           tsvector generated always as (
        setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', description), 'B')) stored
);
create index style_search on style using gin (search);
create index style_featured on style (featured_rank, id) where status = 'ACTIVE';
create index style_price on style (from_price, id) where status = 'ACTIVE';
create index style_newest on style (published_at, id) where status = 'ACTIVE';
create index style_heel on style (heel_height) where status = 'ACTIVE';

-- A style in one colour and material, with its price.
create table colourway (
    id                uuid primary key,
    style_id          uuid not null references style (id),
    code              text not null check (code ~ '^[A-Z0-9]{2,8}$'),
    name              text not null,
    colour            text not null,
    material          text not null,
    images            text not null default '[]',
    price_amount      bigint not null check (price_amount > 0),
    currency          char(3) not null,
    compare_at_amount bigint check (compare_at_amount is null or compare_at_amount > price_amount),
    position          integer not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    unique (style_id, code)
);
create index colourway_colour on colourway (colour, style_id);
create index colourway_price on colourway (price_amount, style_id);

-- One row per SKU (style x colourway x size x width): what it is and how many there are.
create table inventory (
    sku          text primary key,
    style_id     uuid not null references style (id),
    colourway_id uuid not null references colourway (id),
    size         numeric(3, 1) not null check (size >= 4 and size <= 12 and size * 2 = trunc(size * 2)),
    width        text not null check (width in ('NARROW', 'MEDIUM', 'WIDE', 'EXTRA_WIDE')),
    on_hand      integer not null default 0 check (on_hand >= 0),
    reserved     integer not null default 0 check (reserved >= 0),
    updated_at   timestamptz not null default now(),
    check (reserved <= on_hand),
    unique (colourway_id, size, width)
);
-- The size and width facets read which (size, width) pairs of the matching styles are in stock:
-- index-only scans on this instead of heap visits.
create index inventory_style_size_width on inventory (style_id, size, width) include (on_hand, reserved);
create index inventory_size_width on inventory (size, width, style_id) include (on_hand, reserved);

-- Ordered membership of styles in collections.
create table collection_style (
    collection_id uuid not null references collection (id),
    style_id      uuid not null references style (id),
    position      integer not null,
    primary key (collection_id, style_id)
);
create index collection_style_style on collection_style (style_id);

-- What one order (or exchange) holds of each SKU; release and commit act on exactly these rows.
create table reservation (
    reservation_id uuid not null,
    sku            text not null references inventory (sku),
    order_id       uuid not null,
    kind           text not null check (kind in ('ORDER', 'EXCHANGE')),
    quantity       integer not null check (quantity > 0),
    state          text not null check (state in ('HELD', 'RELEASED', 'COMMITTED')),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    primary key (reservation_id, sku)
);

-- Who changed what, and when.
create table audit_log (
    id        bigserial primary key,
    actor     text not null,
    action    text not null,
    entity    text not null,
    entity_id text not null,
    detail    text,
    at        timestamptz not null default now()
);
create index audit_log_entity on audit_log (entity, entity_id, id);

-- Answers to writes sent with an Idempotency-Key, replayed for 24 hours.
create table idempotency_record (
    scope        text not null,
    key          text not null,
    request_hash text not null,
    status       integer not null,
    body         text not null,
    created_at   timestamptz not null default now(),
    primary key (scope, key)
);
