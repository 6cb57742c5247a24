package com.ally.orders.order;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;

import com.ally.orders.inbox.Inbox;
import com.ally.orders.inbox.IncomingEvent;
import com.ally.orders.request.RequestId;

/** Catalog's answers to the reservations that orders (and exchanges) asked for, each applied once. */
@ApplicationScoped
public class ReservationConsumer {

    public static final String CHANNEL = "catalog-reservation";
    static final String RESERVED = "ally.catalog.reservation.stock-reserved.v1";
    static final String REJECTED = "ally.catalog.reservation.stock-reservation-rejected.v1";

    /** What an exchange's reservation answer does; returns/ implements it. */
    public interface ExchangeReservations {
        void reserved(UUID returnId);

        void rejected(UUID returnId);
    }

    private final ObjectMapper json;
    private final Inbox inbox;
    private final OrderService orders;
    private final Instance<ExchangeReservations> exchanges;

    public ReservationConsumer(ObjectMapper json, Inbox inbox, OrderService orders, Instance<ExchangeReservations> exchanges) {
        this.json = json;
        this.inbox = inbox;
        this.orders = orders;
        this.exchanges = exchanges;
    }

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void on(String payload) {
        IncomingEvent event = IncomingEvent.parse(json, payload);
        if (!inbox.firstDelivery(event.id(), event.type())) {
            return;
        }
        RequestId.set(event.requestid());
        JsonNode data = event.data();
        boolean exchange = "EXCHANGE".equals(data.path("kind").asText("ORDER"));
        UUID reservationId = UUID.fromString(data.path("reservationId").asText());
        switch (event.type()) {
            case RESERVED -> {
                if (exchange) {
                    exchanges.stream().forEach(e -> e.reserved(reservationId));
                } else {
                    orders.reserved(UUID.fromString(data.path("orderId").asText()));
                }
            }
            case REJECTED -> {
                if (exchange) {
                    exchanges.stream().forEach(e -> e.rejected(reservationId));
                } else {
                    orders.rejected(UUID.fromString(data.path("orderId").asText()), unavailable(data));
                }
            }
            default -> {
            }
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
