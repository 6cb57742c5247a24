create table shop_order (
    id                 uuid primary key,
    status             text not null,
    customer_id        text,
    guest_token_hash   text,
    email              text not null,
    ship_name          text not null,
    ship_line1         text not null,
    ship_line2         text,
    ship_city          text not null,
    ship_region        text,
    ship_postal_code   text not null,
    ship_country       text not null,
    total_amount       bigint not null,
    currency           text not null,
    cart_id            uuid not null,
    unavailable        text,
    payment_reference  text,
    tracking_number    text,
    refund_amount      bigint,
    cancel_reason      text,
    stock_reserved     boolean not null default false,
    version            bigint not null default 0,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    paid_at            timestamptz,
    shipped_at         timestamptz,
    delivered_at       timestamptz
);
create index shop_order_pending on shop_order (created_at) where status = 'PENDING';
create index shop_order_customer on shop_order (customer_id, created_at desc, id desc);
create index shop_order_listing on shop_order (created_at desc, id desc);
create index shop_order_email on shop_order (lower(email));

create table order_line (
    id              uuid primary key,
    order_id        uuid not null references shop_order (id),
    position        integer not null,
    sku             text not null,
    style_id        uuid not null,
    style_slug      text not null,
    style_name      text not null,
    colourway_id    uuid not null,
    colourway_name  text not null,
    size            numeric(3, 1) not null,
    width           text not null,
    quantity        integer not null,
    unit_amount     bigint not null,
    unique (order_id, position)
);

-- The first answer to each Idempotency-Key, written in the same transaction as what it created.
-- The primary key makes a concurrent second request with the same key wait for the first, then replay it.
create table idempotency_key (
    scope          text not null,
    idem_key       text not null,
    request_hash   text not null,
    status         integer,
    response_body  text,
    location       text,
    created_at     timestamptz not null default now(),
    primary key (scope, idem_key)
);
create index idempotency_key_age on idempotency_key (created_at);

-- Payment-provider webhook deliveries already applied (the provider retries).
create table payment_event (
    event_id     text primary key,
    order_id     uuid not null,
    received_at  timestamptz not null default now()
);
