-- Returns and exchanges of delivered orders. Lines copy the order line's facts: fit-service learns
-- from the style, colourway, size, width and reason.
create table order_return (
    id                  uuid primary key,
    order_id            uuid not null references shop_order (id),
    kind                text not null,
    status              text not null,
    replacement_status  text,
    refund_amount       bigint,
    currency            text not null,
    version             bigint not null default 0,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    received_at         timestamptz
);
create index order_return_order on order_return (order_id);

create table return_line (
    return_id      uuid not null references order_return (id) on delete cascade,
    position       integer not null,
    order_line_id  uuid not null,
    sku            text not null,
    style_id       uuid not null,
    style_slug     text not null,
    colourway_id   uuid not null,
    size           numeric(3, 1) not null,
    width          text not null,
    quantity       integer not null,
    unit_amount    bigint not null,
    reason         text not null,
    primary key (return_id, position)
);

create table return_replacement (
    return_id      uuid not null references order_return (id) on delete cascade,
    position       integer not null,
    sku            text not null,
    style_id       uuid not null,
    style_slug     text not null,
    colourway_id   uuid not null,
    size           numeric(3, 1) not null,
    width          text not null,
    quantity       integer not null,
    primary key (return_id, position)
);
