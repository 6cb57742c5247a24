-- Events written in the same transaction as the change, sent to Kafka by OutboxRelay.
create table outbox_event (
    id           uuid primary key,
    seq          bigserial not null unique,
    topic        text not null,
    aggregate_id text not null,
    type         text not null,
    payload      text not null,
    created_at   timestamptz not null default now(),
    sent_at      timestamptz
);
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;

-- Ids of the events this service has applied, written in the same transaction as the effect.
create table inbox_event (
    event_id    uuid primary key,
    type        text not null,
    received_at timestamptz not null default now()
);
