-- A cart belongs to a customer (JWT sub) or to whoever holds its token (only its hash is kept).
create table cart (
    id           uuid primary key,
    customer_id  text,
    token_hash   text,
    status       text not null default 'OPEN',
    version      bigint not null default 0,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    check (customer_id is not null or token_hash is not null)
);
create index cart_idle on cart (updated_at) where status = 'OPEN';

create table cart_line (
    cart_id   uuid not null references cart (id) on delete cascade,
    sku       text not null,
    quantity  integer not null check (quantity between 1 and 10),
    added_at  timestamptz not null default now(),
    primary key (cart_id, sku)
);
