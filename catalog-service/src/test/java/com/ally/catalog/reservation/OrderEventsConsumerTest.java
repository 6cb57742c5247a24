package com.ally.catalog.reservation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import com.ally.catalog.support.Catalog;
import com.ally.catalog.support.EventReader;
import com.ally.catalog.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * order-service's events through the real broker: reserve on placed (once, however often it is
 * delivered), release on cancelled, commit on shipped, restock on received, reserve an exchange.
 */
@QuarkusTest
class OrderEventsConsumerTest {

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void connect() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    @AfterEach
    void close() {
        producer.close();
    }

    /** A CloudEvent as order-service writes it, checked against order-service's own schema. */
    private static String event(UUID id, String type, String subject, String data) {
        String event = """
                {"specversion": "1.0", "id": "%s", "source": "/order-service", "type": "%s", "subject": "%s",
                 "time": "%s", "datacontenttype": "application/json", "data": %s}"""
                .formatted(id, type, subject, Instant.now(), data);
        Path schema = Path.of("../order-service/src/main/resources/events/" + type + ".json");
        assertThat(schema).as("order-service's schema for %s (the producer's contract) is missing", type).exists();
        try {
            var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(schema)).validate(EventReader.json(event));
            assertThat(errors).as("test event against %s", schema).isEmpty();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return event;
    }

    private static String line(Catalog.Made style, String sku, int quantity, String extra) {
        return """
                {"lineId": "%s", "sku": "%s", "styleId": "%s", "styleSlug": "%s", "colourwayId": "%s",
                 "size": 9.0, "width": "WIDE", "quantity": %d%s}"""
                .formatted(UUID.randomUUID(), sku, style.id(), style.slug(), UUID.randomUUID(), quantity, extra);
    }

    private static String order(UUID orderId, String status, String lines, String extra) {
        return """
                {"orderId": "%s", "status": "%s", "customerId": "customer-cleo", "lines": [%s],
                 "total": {"amount": 19500, "currency": "USD"}, "occurredAt": "%s"%s}"""
                .formatted(orderId, status, lines, Instant.now(), extra);
    }

    /** OrderPlaced for a new PENDING order with these lines (a fresh event id each call). */
    private static String placed(UUID orderId, String lines) {
        return event(UUID.randomUUID(), "ally.orders.order.placed.v1", orderId.toString(), order(orderId, "PENDING", lines, ""));
    }

    /** A line as a return lists it: an order line without its line id. */
    private static String returnLine(Catalog.Made style, String sku, String extra) {
        return line(style, sku, 1, extra).replaceAll("\"lineId\": \"[^\"]*\", ", "");
    }

    /** The data of ExchangeRequested: these returned lines for these replacements. */
    private static String exchangeRequested(UUID returnId, UUID orderId, String lines, String replacements) {
        return """
                {"returnId": "%s", "orderId": "%s", "kind": "EXCHANGE", "lines": [%s], "replacements": [%s], "occurredAt": "%s"}"""
                .formatted(returnId, orderId, lines, replacements, Instant.now());
    }

    private void send(String topic, String key, String event) throws Exception {
        producer.send(record(topic, key, event)).get();
    }

    private static ProducerRecord<String, String> record(String topic, String key, String event) {
        ProducerRecord<String, String> record = new ProducerRecord<>("test." + topic, key, event);
        // As order-service's outbox relay sends it: a structured CloudEvent.
        record.headers().add("content-type", "application/cloudevents+json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return record;
    }

    private static JsonNode stock(String sku) {
        return EventReader.json(given().auth().oauth2(Tokens.admin()).when().get("/admin/stock/" + sku)
                .then().statusCode(200).extract().asString());
    }

    private static void awaitLevel(String sku, int onHand, int reserved) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode level = stock(sku);
            assertThat(level.path("onHand").asInt()).isEqualTo(onHand);
            assertThat(level.path("reserved").asInt()).isEqualTo(reserved);
        });
    }

    private static String unitPrice() {
        return ", \"unitPrice\": {\"amount\": 19500, \"currency\": \"USD\"}";
    }

    @Test
    void aDuplicatePlacedEventReservesOnce() throws Exception {
        Catalog.Made style = Catalog.published("dup");
        String sku = style.sku("BLK", "090", "W");
        String marker = style.sku("BLK", "085", "W");
        Catalog.stock(sku, 10);
        Catalog.stock(marker, 10);
        UUID orderId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String placed = event(eventId, "ally.orders.order.placed.v1", orderId.toString(),
                order(orderId, "PENDING", line(style, sku, 2, unitPrice()), ""));
        send("orders.order", orderId.toString(), placed);
        send("orders.order", orderId.toString(), placed);
        // A later event on the same key (same partition, so read after both copies) marks that both were seen.
        UUID markerOrder = UUID.randomUUID();
        send("orders.order", orderId.toString(), placed(markerOrder, line(style, marker, 1, unitPrice())));
        awaitLevel(marker, 10, 1);
        awaitLevel(sku, 10, 2);
    }

    @Test
    void aBurstOfPlacementsForTheLastPairsReservesExactlyWhatIsThere() throws Exception {
        Catalog.Made style = Catalog.published("burst");
        String sku = style.sku("BLK", "095", "W");
        Catalog.stock(sku, 3);
        // Sent without waiting, on one key: they arrive together and are decided as one batch, in order.
        for (int i = 0; i < 5; i++) {
            UUID orderId = UUID.randomUUID();
            producer.send(record("orders.order", sku, placed(orderId, line(style, sku, 1, unitPrice()))));
        }
        producer.flush();
        awaitLevel(sku, 3, 3);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(stock(sku).path("reserved").asInt()).isEqualTo(3);
            assertThat(stock(sku).path("available").asInt()).isZero();
        });
    }

    @Test
    void anEventThatCannotBeAppliedDoesNotHoldUpOrDropTheOthersOfItsBatch() throws Exception {
        Catalog.Made style = Catalog.published("poison");
        String before = style.sku("BLK", "060", "N");
        String after = style.sku("BLK", "065", "N");
        Catalog.stock(before, 4);
        Catalog.stock(after, 4);
        UUID first = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        producer.send(record("orders.order", "poison", placed(first, line(style, before, 1, unitPrice()))));
        // A well-formed CloudEvent whose data this consumer cannot read: its order id is not a UUID.
        producer.send(record("orders.order", "poison", """
                {"specversion": "1.0", "id": "%s", "source": "/order-service", "type": "ally.orders.order.placed.v1",
                 "subject": "x", "time": "%s", "data": {"orderId": "not-a-uuid", "lines": []}}"""
                .formatted(UUID.randomUUID(), Instant.now())));
        producer.send(record("orders.order", "poison", placed(last, line(style, after, 2, unitPrice()))));
        producer.flush();
        awaitLevel(before, 4, 1);
        awaitLevel(after, 4, 2);
    }

    @Test
    void cancelReleasesAndShipCommits() throws Exception {
        Catalog.Made style = Catalog.published("saga");
        String sku = style.sku("BLK", "090", "M");
        Catalog.stock(sku, 5);
        UUID cancelled = UUID.randomUUID();
        UUID shipped = UUID.randomUUID();
        String lineJson = line(style, sku, 1, unitPrice());
        send("orders.order", cancelled.toString(), placed(cancelled, lineJson));
        send("orders.order", shipped.toString(), placed(shipped, lineJson));
        awaitLevel(sku, 5, 2);
        send("orders.order", cancelled.toString(), event(UUID.randomUUID(), "ally.orders.order.cancelled.v1",
                cancelled.toString(), order(cancelled, "CANCELLED", lineJson,
                        ", \"reason\": \"CUSTOMER_REQUEST\", \"stockWasReserved\": true, \"refund\": null")));
        awaitLevel(sku, 5, 1);
        send("orders.order", shipped.toString(), event(UUID.randomUUID(), "ally.orders.order.shipped.v1",
                shipped.toString(), order(shipped, "SHIPPED", lineJson, ", \"trackingNumber\": \"1Z999\"")));
        awaitLevel(sku, 4, 0);
    }

    @Test
    void receivedReturnRestocksAllButDefectiveAndExchangeReservesReplacements() throws Exception {
        Catalog.Made style = Catalog.published("returns");
        String kept = style.sku("BLK", "090", "N");
        String broken = style.sku("BLK", "095", "N");
        String replacement = style.sku("BLK", "095", "W");
        Catalog.stock(replacement, 2);
        UUID returnId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        String lines = returnLine(style, kept, ", \"reason\": \"TOO_NARROW\"") + ", "
                + returnLine(style, broken, ", \"reason\": \"DEFECTIVE\"");
        String data = exchangeRequested(returnId, orderId, lines, returnLine(style, replacement, ""));
        try (EventReader reader = new EventReader("catalog.reservation")) {
            send("orders.return", returnId.toString(), event(UUID.randomUUID(),
                    "ally.orders.return.exchange-requested.v1", returnId.toString(), data));
            awaitLevel(replacement, 2, 1);
            JsonNode reserved = EventReader.json(reader.first(e -> returnId.toString().equals(e.path("subject").asText())).value());
            assertThat(reserved.at("/data/kind").asText()).isEqualTo("EXCHANGE");
            assertThat(reserved.at("/data/orderId").asText()).isEqualTo(orderId.toString());
        }
        send("orders.return", returnId.toString(), event(UUID.randomUUID(), "ally.orders.return.received.v1",
                returnId.toString(), data));
        awaitLevel(kept, 1, 0);
        assertThat(stock(broken).path("onHand").asInt()).isZero();
    }

    @Test
    void replacementShippedCommitsTheExchangeReservationOnce() throws Exception {
        Catalog.Made style = Catalog.published("swap");
        String returned = style.sku("BLK", "090", "N");
        String replacement = style.sku("BLK", "090", "W");
        Catalog.stock(replacement, 3);
        UUID returnId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        String lines = returnLine(style, returned, ", \"reason\": \"TOO_NARROW\"");
        String replacements = returnLine(style, replacement, "");
        send("orders.return", returnId.toString(), event(UUID.randomUUID(), "ally.orders.return.exchange-requested.v1",
                returnId.toString(), exchangeRequested(returnId, orderId, lines, replacements)));
        awaitLevel(replacement, 3, 1);

        String shipped = event(UUID.randomUUID(), "ally.orders.return.replacement-shipped.v1", returnId.toString(), """
                {"returnId": "%s", "orderId": "%s", "kind": "EXCHANGE", "lines": [%s], "trackingNumber": "1Z999AA10123456784",
                 "occurredAt": "%s"}""".formatted(returnId, orderId, replacements, Instant.now()));
        send("orders.return", returnId.toString(), shipped);
        send("orders.return", returnId.toString(), shipped); // delivered twice: committed once
        // A later exchange on the same key (same partition, read after both copies) marks that both were seen.
        UUID marker = UUID.randomUUID();
        String markerSku = style.sku("BLK", "095", "W");
        Catalog.stock(markerSku, 1);
        send("orders.return", returnId.toString(), event(UUID.randomUUID(), "ally.orders.return.exchange-requested.v1",
                marker.toString(), exchangeRequested(marker, orderId, lines, replacements.replace(replacement, markerSku))));
        awaitLevel(markerSku, 1, 1);
        awaitLevel(replacement, 2, 0);
    }

    @Test
    void anUnreadableEventIsSkippedAndTheNextOneApplied() throws Exception {
        Catalog.Made style = Catalog.published("poison");
        String sku = style.sku("BLK", "110", "M");
        Catalog.stock(sku, 3);
        UUID orderId = UUID.randomUUID();
        send("orders.order", orderId.toString(), "{not json");
        send("orders.order", orderId.toString(), placed(orderId, line(style, sku, 3, unitPrice())));
        awaitLevel(sku, 3, 3);
    }
}
