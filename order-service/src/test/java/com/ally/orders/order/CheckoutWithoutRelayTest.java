package com.ally.orders.order;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import com.ally.orders.outbox.OutboxEvent;
import com.ally.orders.support.EventReader;
import com.ally.orders.support.Shop;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkout never waits for Kafka: the order and its OrderPlaced commit together in PostgreSQL, and
 * the event waits in the outbox for as long as the relay cannot send it. Here the relay is held off
 * by taking its lock (the broker stays up for the other services' tests); once released, the event
 * goes out and the saga completes: nothing is lost.
 */
@QuarkusTest
class CheckoutWithoutRelayTest {

    /** OutboxRelay's advisory lock key. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    @Test
    void theOrderIsPlacedWhileTheRelayCannotSendAndTheEventFollowsLater() throws Exception {
        String sku = Shop.stockedStyle().sku("7.5", "MEDIUM");
        Shop.GuestCart cart = Shop.guestCart(sku, 1);
        try (EventReader events = new EventReader("orders.order")) {
            String orderId;
            try (Connection db = DriverManager.getConnection(
                    ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class), "postgres", "")) {
                lock(db, "select pg_advisory_lock(?)");
                orderId = Shop.checkout(cart, UUID.randomUUID().toString(), Shop.checkoutBody(cart.id(), "ada@example.com"))
                        .then().statusCode(201).extract().path("id");

                List<OutboxEvent> waiting = QuarkusTransaction.requiringNew()
                        .call(() -> OutboxEvent.<OutboxEvent>list("aggregateId", orderId));
                assertThat(waiting).singleElement().satisfies(row -> {
                    assertThat(row.type).isEqualTo(OrderEvents.PLACED);
                    assertThat(row.sentAt).isNull();
                });
                Shop.opsGet(orderId).body("status", org.hamcrest.Matchers.equalTo("PENDING"));
                lock(db, "select pg_advisory_unlock(?)");
            }
            String id = orderId;
            ConsumerRecord<String, String> placed = events.first(e -> id.equals(e.path("subject").asText())
                    && OrderEvents.PLACED.equals(e.path("type").asText()));
            assertThat(EventReader.schemaErrors(placed.value())).isEmpty();
            Shop.confirm(orderId, sku, 1);
        }
    }

    private static void lock(Connection db, String sql) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, RELAY_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
            }
        }
    }
}
