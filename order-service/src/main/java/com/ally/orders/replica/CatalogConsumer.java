package com.ally.orders.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;

import com.ally.orders.inbox.Inbox;
import com.ally.orders.inbox.IncomingEvent;
import com.ally.orders.request.RequestId;

/** Keeps the catalog replica from catalog-service's style and inventory events, each applied once. */
@ApplicationScoped
public class CatalogConsumer {

    public static final String STYLE_CHANNEL = "catalog-style";
    public static final String INVENTORY_CHANNEL = "catalog-inventory";

    static final String PUBLISHED = "ally.catalog.style.published.v1";
    static final String UPDATED = "ally.catalog.style.updated.v1";
    static final String RETIRED = "ally.catalog.style.retired.v1";
    static final String PRICE_CHANGED = "ally.catalog.style.price-changed.v1";
    static final String AVAILABILITY_CHANGED = "ally.catalog.inventory.availability-changed.v1";

    private final ObjectMapper json;
    private final Inbox inbox;
    private final CatalogReplica replica;

    public CatalogConsumer(ObjectMapper json, Inbox inbox, CatalogReplica replica) {
        this.json = json;
        this.inbox = inbox;
        this.replica = replica;
    }

    @Incoming(STYLE_CHANNEL)
    @Blocking
    @Transactional
    public void onStyle(String payload) {
        IncomingEvent event = IncomingEvent.parse(json, payload);
        if (!inbox.firstDelivery(event.id(), event.type())) {
            return;
        }
        RequestId.set(event.requestid());
        switch (event.type()) {
            case PUBLISHED, UPDATED -> replica.applySnapshot(event.data(), false);
            case RETIRED -> replica.applySnapshot(event.data(), true);
            case PRICE_CHANGED -> replica.applyPriceChange(event.data());
            default -> {
            }
        }
    }

    @Incoming(INVENTORY_CHANNEL)
    @Blocking
    @Transactional
    public void onInventory(String payload) {
        IncomingEvent event = IncomingEvent.parse(json, payload);
        if (!inbox.firstDelivery(event.id(), event.type())) {
            return;
        }
        RequestId.set(event.requestid());
        if (AVAILABILITY_CHANGED.equals(event.type())) {
            replica.applyAvailability(event.data());
        }
    }
}
