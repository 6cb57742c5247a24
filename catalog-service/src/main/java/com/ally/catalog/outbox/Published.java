package com.ally.catalog.outbox;

/**
 * Fired (CDI) by {@link Outbox} in the transaction that wrote an event. Whatever keeps a copy of the
 * catalog's state observes it {@code during = AFTER_SUCCESS}, so it acts on committed changes only.
 */
public record Published(String topic, String type) {
}
