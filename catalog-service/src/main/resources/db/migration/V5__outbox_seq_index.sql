-- seq orders the relay's reads through outbox_event_unsent; the unique index beside it was never
-- read, yet every insert and every "sent" update paid to maintain it.
alter table outbox_event drop constraint outbox_event_seq_key;
