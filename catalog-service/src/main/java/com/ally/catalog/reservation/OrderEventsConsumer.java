package com.ally.catalog.reservation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import com.ally.catalog.inbox.Inbox;
import com.ally.catalog.inbox.IncomingEvent;
import com.ally.catalog.request.RequestId;

/**
 * The catalog's side of the reservation saga: order-service's events in, reservations out. Each
 * event is applied once (inbox) in the same transaction as its effect and its answer.
 */
@ApplicationScoped
public class OrderEventsConsumer {

    public static final String ORDERS = "orders-order";
    public static final String RETURNS = "orders-return";

    private static final Logger LOG = Logger.getLogger(OrderEventsConsumer.class);

    private final ReservationService reservations;
    private final Inbox inbox;
    private final ObjectMapper json;

    public OrderEventsConsumer(ReservationService reservations, Inbox inbox, ObjectMapper json) {
        this.reservations = reservations;
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming(ORDERS)
    @Blocking
    @Transactional
    public void onOrder(String payload) {
        IncomingEvent event = IncomingEvent.parse(json, payload);
        if (!inbox.firstDelivery(event.id(), event.type())) {
            return;
        }
        RequestId.set(event.requestid());
        JsonNode data = event.data();
        UUID orderId = UUID.fromString(data.path("orderId").asText());
        switch (event.type()) {
            case "ally.orders.order.placed.v1" ->
                reservations.reserve(orderId, orderId, ReservationKind.ORDER, lines(data.path("lines")));
            case "ally.orders.order.cancelled.v1" -> reservations.release(orderId, reason(data));
            case "ally.orders.order.shipped.v1" -> reservations.commit(orderId);
            default -> {
            }
        }
        LOG.debugf("Applied %s for order %s", event.type(), orderId);
    }

    @Incoming(RETURNS)
    @Blocking
    @Transactional
    public void onReturn(String payload) {
        IncomingEvent event = IncomingEvent.parse(json, payload);
        if (!inbox.firstDelivery(event.id(), event.type())) {
            return;
        }
        RequestId.set(event.requestid());
        JsonNode data = event.data();
        switch (event.type()) {
            case "ally.orders.return.exchange-requested.v1" -> reservations.reserve(
                    UUID.fromString(data.path("returnId").asText()), UUID.fromString(data.path("orderId").asText()),
                    ReservationKind.EXCHANGE, lines(data.path("replacements")));
            case "ally.orders.return.received.v1" -> reservations.restock(restockable(data.path("lines")));
            // The replacements left the warehouse: what the exchange holds (its HELD rows, not the
            // event's lines) leaves on hand and reserved, as a shipped order's does.
            case "ally.orders.return.replacement-shipped.v1" ->
                reservations.commit(UUID.fromString(data.path("returnId").asText()));
            default -> {
            }
        }
    }

    private static String reason(JsonNode data) {
        return data.hasNonNull("reason") ? data.path("reason").asText() : "ORDER_CANCELLED";
    }

    private static List<ReservationLine> lines(JsonNode lines) {
        List<ReservationLine> result = new ArrayList<>();
        lines.forEach(l -> result.add(new ReservationLine(l.path("sku").asText(), l.path("quantity").asInt())));
        return result;
    }

    /** A defective pair is not sold again. */
    private static List<ReservationLine> restockable(JsonNode lines) {
        List<ReservationLine> result = new ArrayList<>();
        lines.forEach(l -> {
            if (!"DEFECTIVE".equals(l.path("reason").asText())) {
                result.add(new ReservationLine(l.path("sku").asText(), l.path("quantity").asInt()));
            }
        });
        return result;
    }
}
