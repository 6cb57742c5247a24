create table collection (
    id          uuid primary key,
    slug        text not null unique,
    name        text not null,
    description text not null default '',
    version     bigint not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    updated_by  text not null
);
