-- A customer's saved fit profile (the recommendation request without a style), keyed by the JWT subject.
-- Deleting a profile deletes its row.
create table fit_profile (
    customer_id text primary key,
    profile     text not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint not null default 0
);
