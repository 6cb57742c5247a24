package com.ally.fit.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;

import com.ally.fit.inbox.Inbox;
import com.ally.fit.inbox.IncomingEvent;
import com.ally.fit.request.RequestId;

/**
 * Fit evidence from order-service: a delivered order's pairs are kept until a return says otherwise;
 * a return or exchange request moves pairs to their reason. Received returns add nothing new.
 */
@ApplicationScoped
public class OrderEvents {

    private static final Logger LOG = Logger.getLogger(OrderEvents.class);

    public static final String ORDER_CHANNEL = "orders-order";
    public static final String RETURN_CHANNEL = "orders-return";
    static final String DELIVERED = "ally.orders.order.delivered.v1";

    private final ObjectMapper json;
    private final Inbox inbox;
    private final LearningService learning;

    public OrderEvents(ObjectMapper json, Inbox inbox, LearningService learning) {
        this.json = json;
        this.inbox = inbox;
        this.learning = learning;
    }

    /**
     * Read in batches: every placed, confirmed or paid order passes this way and only deliveries
     * teach anything, so the others go by without a transaction or an inbox row. Each delivery is
     * its own transaction, and a record that fails is skipped alone, as one record at a time would be.
     */
    @Incoming(ORDER_CHANNEL)
    @Blocking
    public void onOrders(List<String> payloads) {
        for (String payload : payloads) {
            try {
                String type = IncomingEvent.typeOf(json, payload);
                if (type == null || DELIVERED.equals(type)) {
                    // Parsed in full, a record without a type is refused with the reason, and skipped.
                    IncomingEvent event = IncomingEvent.parse(json, payload);
                    if (DELIVERED.equals(event.type())) {
                        QuarkusTransaction.requiringNew().run(() -> delivered(event));
                    }
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Skipped a record of %s: %s", ORDER_CHANNEL, e.getMessage());
            }
        }
    }

    private void delivered(IncomingEvent event) {
        if (!inbox.firstDelivery(event.id(), event.type())) {
            return;
        }
        RequestId.set(event.requestid());
        UUID orderId = UUID.fromString(event.data().path("orderId").asText());
        // One order may list a SKU on two lines: the line's pairs are their sum.
        Map<String, JsonNode> first = new LinkedHashMap<>();
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (JsonNode line : event.data().path("lines")) {
            String sku = line.path("sku").asText();
            first.putIfAbsent(sku, line);
            quantities.merge(sku, line.path("quantity").asInt(), Integer::sum);
        }
        quantities.forEach((sku, quantity) -> {
            JsonNode line = first.get(sku);
            learning.delivered(orderId, sku, UUID.fromString(line.path("styleId").asText()),
                    line.path("styleSlug").asText(), quantity);
        });
    }

    @Incoming(RETURN_CHANNEL)
    @Blocking
    @Transactional
    public void onReturn(String payload) {
        IncomingEvent event = IncomingEvent.parse(json, payload);
        if (!inbox.firstDelivery(event.id(), event.type())) {
            return;
        }
        RequestId.set(event.requestid());
        switch (event.type()) {
            case "ally.orders.return.requested.v1", "ally.orders.return.exchange-requested.v1" -> {
                UUID orderId = UUID.fromString(event.data().path("orderId").asText());
                for (JsonNode line : event.data().path("lines")) {
                    learning.returned(orderId, line.path("sku").asText(), UUID.fromString(line.path("styleId").asText()),
                            line.path("styleSlug").asText(), line.path("reason").asText(), line.path("quantity").asInt());
                }
            }
            default -> {
            }
        }
    }
}
