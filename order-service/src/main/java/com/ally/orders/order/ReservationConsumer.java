package com.ally.orders.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.reactive.messaging.annotations.Blocking;

import com.ally.orders.inbox.InboxBatch;
import com.ally.orders.inbox.IncomingEvent;
import com.ally.orders.request.RequestId;

/** Catalog's answers to the reservations that orders (and exchanges) asked for, each applied once. */
@ApplicationScoped
public class ReservationConsumer {

    public static final String CHANNEL = "catalog-reservation";
    static final String RESERVED = "ally.catalog.reservation.stock-reserved.v1";
    static final String REJECTED = "ally.catalog.reservation.stock-reservation-rejected.v1";
    /**
     * The answers' own worker thread (application.properties sizes it): on the shared worker pool a
     * batch of confirmations queued behind every checkout waiting there, so a checkout rush delayed
     * the confirmations of the orders it had just placed.
     */
    static final String SAGA_POOL = "saga";

    /** What an exchange's reservation answer does; returns/ implements it. */
    public interface ExchangeReservations {
        void reserved(UUID returnId);

        void rejected(UUID returnId);
    }

    private final InboxBatch batches;
    private final OrderService orders;
    private final Instance<ExchangeReservations> exchanges;

    public ReservationConsumer(InboxBatch batches, OrderService orders, Instance<ExchangeReservations> exchanges) {
        this.batches = batches;
        this.orders = orders;
        this.exchanges = exchanges;
    }

    /**
     * Batches: one commit for every answer that has arrived, so confirmations keep up with a checkout
     * rush. Consecutive confirmations of orders are applied together; any other answer ends the run
     * first, so answers keep their order.
     */
    @Incoming(CHANNEL)
    @Blocking(SAGA_POOL)
    public void on(List<String> payloads) {
        batches.apply(payloads, events -> {
            Map<UUID, String> reserved = new LinkedHashMap<>(); // order id -> the request id its answer carries
            for (IncomingEvent event : events) {
                JsonNode data = event.data();
                boolean exchange = "EXCHANGE".equals(data.path("kind").asText("ORDER"));
                if (RESERVED.equals(event.type()) && !exchange) {
                    reserved.put(UUID.fromString(data.path("orderId").asText()), event.requestid());
                    continue;
                }
                if (!RESERVED.equals(event.type()) && !REJECTED.equals(event.type())) {
                    continue; // stock released: nothing for orders to do, and no reason to end the run
                }
                confirm(reserved);
                RequestId.set(event.requestid());
                UUID reservationId = UUID.fromString(data.path("reservationId").asText());
                if (RESERVED.equals(event.type())) {
                    exchanges.stream().forEach(e -> e.reserved(reservationId));
                } else if (exchange) {
                    exchanges.stream().forEach(e -> e.rejected(reservationId));
                } else {
                    orders.rejected(UUID.fromString(data.path("orderId").asText()), unavailable(data));
                }
            }
            confirm(reserved);
        });
    }

    private void confirm(Map<UUID, String> reserved) {
        if (!reserved.isEmpty()) {
            orders.reserved(new LinkedHashMap<>(reserved));
            reserved.clear();
        }
    }

    private static List<OrderView.Unavailable> unavailable(JsonNode data) {
        List<OrderView.Unavailable> lines = new ArrayList<>();
        for (JsonNode line : data.path("unavailable")) {
            lines.add(new OrderView.Unavailable(line.path("sku").asText(), line.path("requested").asInt(),
                    line.path("available").asInt()));
        }
        return lines;
    }
}
