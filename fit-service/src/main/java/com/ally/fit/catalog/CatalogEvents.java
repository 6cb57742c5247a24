package com.ally.fit.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import com.ally.fit.inbox.Inbox;
import com.ally.fit.inbox.IncomingEvent;
import com.ally.fit.request.RequestId;

/**
 * Keeps the catalog replica: style snapshots (with every SKU's stock) and SKU availability changes.
 * Both topics write SKU rows, so each row keeps the time of the event that wrote it, and an older
 * event never overwrites a newer one whichever topic delivers first.
 */
@ApplicationScoped
public class CatalogEvents {

    public static final String STYLE_CHANNEL = "catalog-style";
    public static final String INVENTORY_CHANNEL = "catalog-inventory";

    private final ObjectMapper json;
    private final Inbox inbox;
    private final Event<StylesInStock.ReplicaChanged> replicaChanged;

    public CatalogEvents(ObjectMapper json, Inbox inbox, Event<StylesInStock.ReplicaChanged> replicaChanged) {
        this.json = json;
        this.inbox = inbox;
        this.replicaChanged = replicaChanged;
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
            case "ally.catalog.style.published.v1", "ally.catalog.style.updated.v1", "ally.catalog.style.retired.v1" -> {
                snapshot(event.data(), timeOf(event));
                replicaChanged.fire(new StylesInStock.ReplicaChanged());
            }
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
        if ("ally.catalog.inventory.availability-changed.v1".equals(event.type())) {
            JsonNode d = event.data();
            CatalogSku.upsert(d.path("sku").asText(), UUID.fromString(d.path("styleId").asText()),
                    size(d.path("size")), d.path("width").asText(), d.path("available").asInt(),
                    d.path("availability").asText(), timeOf(event));
            replicaChanged.fire(new StylesInStock.ReplicaChanged());
        }
    }

    private static void snapshot(JsonNode d, Instant asOf) {
        UUID styleId = UUID.fromString(d.path("id").asText());
        JsonNode heel = d.path("heelHeightInches");
        CatalogStyle.upsert(styleId, d.path("slug").asText(), d.path("name").asText(), text(d.path("category")),
                heel.isNumber() ? heel.decimalValue() : null, text(d.path("toeShape")), strings(d.path("comfortFeatures")),
                strings(d.path("upperMaterials")), d.path("status").asText("ACTIVE"), asOf);
        for (JsonNode colourway : d.path("colourways")) {
            for (JsonNode sku : colourway.path("skus")) {
                CatalogSku.upsert(sku.path("sku").asText(), styleId, size(sku.path("size")), sku.path("width").asText(),
                        sku.path("available").asInt(), sku.path("availability").asText(), asOf);
            }
        }
    }

    private static Instant timeOf(IncomingEvent event) {
        return event.time() == null ? Instant.now() : Instant.parse(event.time());
    }

    private static BigDecimal size(JsonNode size) {
        return size.decimalValue().setScale(1, java.math.RoundingMode.HALF_UP);
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
