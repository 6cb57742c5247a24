package com.ally.orders.order;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import com.ally.orders.outbox.OutboxEvent;
import com.ally.orders.support.CatalogEvents;
import com.ally.orders.support.EventReader;
import com.ally.orders.support.Shop;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * The reservation saga against the real broker: OrderPlaced goes out through the outbox, catalog's
 * answers come in as real events that validate against catalog-service's schemas.
 */
@QuarkusTest
class ReservationSagaTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void placedGoesOutAndStockReservedConfirmsTheOrder() {
        var style = Shop.stockedStyle();
        String sku = style.sku("7.5", "WIDE");
        try (EventReader orders = new EventReader("orders.order")) {
            Shop.GuestOrder order = Shop.guestOrder(sku, 2);

            ConsumerRecord<String, String> placed = orders.first(e -> order.id().equals(e.path("subject").asText())
                    && OrderEvents.PLACED.equals(e.path("type").asText()));
            JsonNode event = EventReader.json(placed.value());
            assertThat(placed.key()).isEqualTo(order.id());
            assertThat(EventReader.schemaErrors(placed.value())).isEmpty();
            assertThat(event.path("source").asText()).isEqualTo("/order-service");
            JsonNode data = event.path("data");
            assertThat(data.path("status").asText()).isEqualTo("PENDING");
            assertThat(data.has("customerId")).isTrue();
            assertThat(data.path("customerId").isNull()).isTrue();
            assertThat(data.path("lines").get(0).path("sku").asText()).isEqualTo(sku);
            assertThat(data.path("lines").get(0).path("styleId").asText()).isEqualTo(style.id().toString());
            assertThat(data.path("lines").get(0).path("size").decimalValue()).isEqualByComparingTo("7.5");
            assertThat(data.path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
            assertThat(data.path("total").path("amount").asLong()).isEqualTo(39000);
            assertThat(data.toString()).doesNotContain("@example.com").doesNotContain("Orchard");

            Shop.confirm(order.id(), sku, 2);
            ConsumerRecord<String, String> confirmed = orders.first(e -> order.id().equals(e.path("subject").asText())
                    && OrderEvents.CONFIRMED.equals(e.path("type").asText()));
            assertThat(EventReader.schemaErrors(confirmed.value())).isEmpty();
            Shop.opsGet(order.id()).body("allowedTransitions", org.hamcrest.Matchers.containsInAnyOrder("PAID", "CANCELLED"));
        }
    }

    @Test
    void aDuplicateStockReservedChangesNothing() {
        String sku = Shop.stockedStyle().sku("8", "WIDE");
        Shop.GuestOrder order = Shop.guestOrder(sku, 1);
        ObjectNode reserved = CatalogEvents.stockReserved(order.id(), "ORDER", order.id(), CatalogEvents.line(sku, 1));
        CatalogEvents.send("catalog.reservation", order.id(), reserved);
        Shop.awaitStatus(order.id(), "CONFIRMED");
        long version = version(order.id());

        CatalogEvents.send("catalog.reservation", order.id(), reserved);
        // A later marker event on the same key shows the duplicate was consumed (one partition per key, in order).
        ObjectNode marker = CatalogEvents.stockRejected(order.id(), sku, 1, 0);
        CatalogEvents.send("catalog.reservation", order.id(), marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> consumed(marker));
        assertThat(version(order.id())).isEqualTo(version);
        Shop.opsGet(order.id()).body("status", equalTo("CONFIRMED"));
        assertThat(outboxEvents(order.id(), OrderEvents.CONFIRMED)).isEqualTo(1);
    }

    @Test
    void stockReservationRejectedRejectsTheOrderWithTheUnavailableLines() {
        String sku = Shop.stockedStyle().sku("7", "MEDIUM");
        try (EventReader orders = new EventReader("orders.order")) {
            Shop.GuestOrder order = Shop.guestOrder(sku, 3);
            CatalogEvents.send("catalog.reservation", order.id(), CatalogEvents.stockRejected(order.id(), sku, 3, 1));
            Shop.awaitStatus(order.id(), "REJECTED");
            Shop.opsGet(order.id())
                    .body("allowedTransitions", empty())
                    .body("unavailable[0].sku", equalTo(sku))
                    .body("unavailable[0].requested", equalTo(3))
                    .body("unavailable[0].available", equalTo(1));
            ConsumerRecord<String, String> rejected = orders.first(e -> order.id().equals(e.path("subject").asText())
                    && OrderEvents.REJECTED.equals(e.path("type").asText()));
            assertThat(EventReader.schemaErrors(rejected.value())).isEmpty();
            assertThat(EventReader.json(rejected.value()).path("data").path("unavailable").get(0).path("available").asInt())
                    .isEqualTo(1);
        }
    }

    @Test
    void anUnansweredOrderIsCancelledAfterTheTimeoutAndALateAnswerIsIgnored() {
        String sku = Shop.stockedStyle().sku("7", "WIDE");
        try (EventReader orders = new EventReader("orders.order")) {
            Shop.GuestOrder order = Shop.guestOrder(sku, 1);
            ConsumerRecord<String, String> cancelled = orders.first(e -> order.id().equals(e.path("subject").asText())
                    && OrderEvents.CANCELLED.equals(e.path("type").asText()));
            assertThat(EventReader.schemaErrors(cancelled.value())).isEmpty();
            JsonNode data = EventReader.json(cancelled.value()).path("data");
            assertThat(data.path("reason").asText()).isEqualTo("RESERVATION_TIMEOUT");
            assertThat(data.path("stockWasReserved").asBoolean()).isFalse();
            assertThat(data.path("refund").isNull()).isTrue();
            Shop.opsGet(order.id()).body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("RESERVATION_TIMEOUT"));

            long version = version(order.id());
            ObjectNode late = CatalogEvents.stockReserved(order.id(), "ORDER", order.id(), CatalogEvents.line(sku, 1));
            CatalogEvents.send("catalog.reservation", order.id(), late);
            await().atMost(Duration.ofSeconds(30)).until(() -> consumed(late));
            Shop.opsGet(order.id()).body("status", equalTo("CANCELLED"));
            assertThat(version(order.id())).isEqualTo(version);
        }
    }

    @Test
    void anAnswerForAnUnknownOrderIsIgnored() {
        String unknown = UUID.randomUUID().toString();
        ObjectNode answer = CatalogEvents.stockReserved(unknown, "ORDER", unknown, CatalogEvents.line("AB-BLKSUE-070-M", 1));
        CatalogEvents.send("catalog.reservation", unknown, answer);
        await().atMost(Duration.ofSeconds(30)).until(() -> consumed(answer));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Order.findById(UUID.fromString(unknown)) == null)).isTrue();
    }

    /** Whether the consumer has applied (or dropped as a duplicate) this very event: its id is in the inbox. */
    static boolean consumed(ObjectNode event) {
        UUID id = UUID.fromString(event.path("id").asText());
        return QuarkusTransaction.requiringNew().call(() -> ((Number) OutboxEvent.getEntityManager()
                .createNativeQuery("select count(*) from inbox_event where event_id = ?1").setParameter(1, id)
                .getSingleResult()).longValue() == 1);
    }

    private static long version(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> Order.<Order>findById(UUID.fromString(orderId)).version);
    }

    private static long outboxEvents(String orderId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId = ?1 and type = ?2", orderId, type));
    }
}
