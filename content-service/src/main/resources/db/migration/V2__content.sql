-- The people who write the blog.
create table author (
    id         uuid primary key,
    slug       text not null unique,
    name       text not null,
    role       text not null,
    bio        text not null default '',
    version    bigint not null default 0,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create table post (
    id               uuid primary key,
    slug             text not null unique,
    title            text not null,
    excerpt          text not null default '',
    body_markdown    text not null,
    -- Rendered and sanitised once, when the post is written.
    body_html        text not null,
    hero_url         text,
    hero_alt         text,
    hero_caption     text,
    author_ids       uuid[] not null,
    tags             text[] not null default '{}',
    style_slugs      text[] not null default '{}',
    collection_slugs text[] not null default '{}',
    status           text not null,
    publish_at       timestamptz,
    published_at     timestamptz,
    version          bigint not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    updated_by       text not null,
    search           tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', excerpt), 'B') ||
        setweight(to_tsvector('english', body_markdown), 'C')) stored
);
create index post_search on post using gin (search);
create index post_public_order on post (published_at desc, id desc) where status = 'PUBLISHED';
create index post_due on post (publish_at) where status = 'SCHEDULED';
create index post_tags on post using gin (tags);
create index post_style_slugs on post using gin (style_slugs);
create index post_author_ids on post using gin (author_ids);

create table comment (
    id           uuid primary key,
    post_id      uuid not null references post (id),
    author_name  text not null,
    -- Never shown publicly; moderators see it.
    email        text not null,
    body         text not null,
    body_hash    text not null,
    status       text not null,
    spam_reason  text,
    version      bigint not null default 0,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    moderated_by text
);
create index comment_public on comment (post_id, created_at, id) where status = 'APPROVED';
create index comment_queue on comment (status, created_at, id);
create index comment_body_hash on comment (body_hash, created_at);

-- Answers to creating requests, replayed for a repeated Idempotency-Key (kept 24 h).
create table idempotency_key (
    scope        text not null,
    key          text not null,
    request_hash text not null,
    status       int,
    location     text,
    body         text,
    created_at   timestamptz not null default now(),
    primary key (scope, key)
);

-- Replica of catalog-service's styles, kept from its snapshot events, for product cards.
create table catalog_style (
    id          uuid primary key,
    slug        text not null unique,
    name        text not null,
    status      text not null,
    -- [{id, price: {amount, currency}, image: {url, alt}}] in the catalog's order
    colourways  jsonb not null default '[]',
    updated_at  timestamptz not null
);

-- Availability per SKU: from style snapshots and availability-changed events.
create table catalog_sku (
    sku          text primary key,
    style_id     uuid not null,
    availability text not null
);
create index catalog_sku_style on catalog_sku (style_id);

create table catalog_collection (
    id          uuid primary key,
    slug        text not null unique,
    name        text not null,
    style_slugs text[] not null default '{}',
    updated_at  timestamptz not null
);
