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
import com.ally.catalog.inbox.InboxBatch;
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
    static final String PLACED = "ally.orders.order.placed.v1";
    static final String CANCELLED = "ally.orders.order.cancelled.v1";
    static final String SHIPPED = "ally.orders.order.shipped.v1";

    private static final Logger LOG = Logger.getLogger(OrderEventsConsumer.class);

    private final ReservationService reservations;
    private final Inbox inbox;
    private final ObjectMapper json;
    private final InboxBatch batches;

    public OrderEventsConsumer(ReservationService reservations, Inbox inbox, ObjectMapper json, InboxBatch batches) {
        this.reservations = reservations;
        this.inbox = inbox;
        this.json = json;
        this.batches = batches;
    }

    /**
     * Batches: a checkout rush arrives as many OrderPlaced at once. Placements are reserved together
     * until a cancellation or shipment, which ends the run first, so each order's events keep their
     * order; the order events that do not touch stock are passed over.
     */
    @Incoming(ORDERS)
    @Blocking
    public void onOrders(List<String> payloads) {
        batches.apply(payloads, events -> {
            List<ReservationRequest> placed = new ArrayList<>();
            for (IncomingEvent event : events) {
                if (!PLACED.equals(event.type()) && !CANCELLED.equals(event.type()) && !SHIPPED.equals(event.type())) {
                    continue; // confirmed, paid, delivered...: nothing to do with stock, and no reason to end the run
                }
                JsonNode data = event.data();
                UUID orderId = UUID.fromString(data.path("orderId").asText());
                if (PLACED.equals(event.type())) {
                    placed.add(new ReservationRequest(orderId, orderId, ReservationKind.ORDER, lines(data.path("lines")),
                            event.requestid()));
                    continue;
                }
                reserve(placed);
                RequestId.set(event.requestid());
                if (CANCELLED.equals(event.type())) {
                    reservations.release(orderId, reason(data));
                } else {
                    reservations.commit(orderId);
                }
                LOG.debugf("Applied %s for order %s", event.type(), orderId);
            }
            reserve(placed);
        });
    }

    private void reserve(List<ReservationRequest> placed) {
        if (!placed.isEmpty()) {
            reservations.reserveAll(List.copyOf(placed));
            placed.clear();
        }
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
