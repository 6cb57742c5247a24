-- fit-service publishes no events (it only learns from others'), so it keeps no outbox.
drop table if exists outbox_event;
