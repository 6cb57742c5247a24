package com.ally.content.catalog;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import com.ally.content.inbox.Inbox;
import com.ally.content.inbox.IncomingEvent;
import com.ally.content.request.RequestId;

/** Keeps the catalog replica current from catalog-service's events; each event is applied once. */
@ApplicationScoped
public class CatalogConsumer {

    public static final String STYLES = "catalog-style";
    public static final String COLLECTIONS = "catalog-collection";
    public static final String INVENTORY = "catalog-inventory";

    private final ObjectMapper json;
    private final Inbox inbox;
    private final CatalogReplica replica;

    public CatalogConsumer(ObjectMapper json, Inbox inbox, CatalogReplica replica) {
        this.json = json;
        this.inbox = inbox;
        this.replica = replica;
    }

    @Incoming(STYLES)
    @Blocking
    @Transactional
    public void onStyle(String payload) {
        IncomingEvent event = IncomingEvent.parse(json, payload);
        if (!inbox.firstDelivery(event.id(), event.type())) {
            return; // duplicate: already applied
        }
        RequestId.set(event.requestid());
        switch (event.type()) {
            case "ally.catalog.style.published.v1", "ally.catalog.style.updated.v1" -> replica.style(event.data(), "ACTIVE", timeOf(event));
            case "ally.catalog.style.retired.v1" -> replica.style(event.data(), "RETIRED", timeOf(event));
            case "ally.catalog.style.price-changed.v1" -> replica.price(event.data());
            default -> {
            }
        }
    }

    @Incoming(COLLECTIONS)
    @Blocking
    @Transactional
    public void onCollection(String payload) {
        IncomingEvent event = IncomingEvent.parse(json, payload);
        if (!inbox.firstDelivery(event.id(), event.type())) {
            return;
        }
        RequestId.set(event.requestid());
        if ("ally.catalog.collection.published.v1".equals(event.type())) {
            replica.collection(event.data(), timeOf(event));
        }
    }

    @Incoming(INVENTORY)
    @Blocking
    @Transactional
    public void onInventory(String payload) {
        IncomingEvent event = IncomingEvent.parse(json, payload);
        if (!inbox.firstDelivery(event.id(), event.type())) {
            return;
        }
        RequestId.set(event.requestid());
        if ("ally.catalog.inventory.availability-changed.v1".equals(event.type())) {
            replica.availability(event.data());
        }
    }

    private static Instant timeOf(IncomingEvent event) {
        return event.time() == null ? Instant.now() : Instant.parse(event.time());
    }
}
