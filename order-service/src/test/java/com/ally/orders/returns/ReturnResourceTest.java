package com.ally.orders.returns;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

import com.ally.orders.support.CatalogEvents;
import com.ally.orders.support.CatalogEvents.TestStyle;
import com.ally.orders.support.EventReader;
import com.ally.orders.support.Shop;
import com.ally.orders.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Returns and exchanges of delivered orders, with the fit facts their events carry. */
@QuarkusTest
class ReturnResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    EntityManager em;

    record Delivered(TestStyle style, String sku, Shop.GuestOrder order, String lineId) {
    }

    /** A guest's order of two pairs of size 7.5 WIDE, all the way to DELIVERED. */
    static Delivered delivered() {
        TestStyle style = Shop.stockedStyle();
        String sku = style.sku("7.5", "WIDE");
        Shop.GuestOrder order = Shop.guestOrder(sku, 2);
        Shop.confirm(order.id(), sku, 2);
        Shop.pay(order.id(), 39000);
        Shop.ship(order.id());
        Shop.deliver(order.id());
        String lineId = Shop.opsGet(order.id()).extract().path("lines[0].lineId");
        return new Delivered(style, sku, order, lineId);
    }

    static Response requestReturn(Delivered d, String key, String body) {
        return given().header("X-Order-Token", d.order().token()).header("Idempotency-Key", key)
                .contentType("application/json").body(body).when().post("/orders/" + d.order().id() + "/returns");
    }

    static String line(String lineId, int quantity, String reason, String exchangeFor) {
        return "{\"lineId\": \"" + lineId + "\", \"quantity\": " + quantity + ", \"reason\": \"" + reason + "\""
                + (exchangeFor == null ? "" : ", \"exchangeFor\": " + exchangeFor) + "}";
    }

    @Test
    void aReturnIsRequestedReceivedAndRefundedWithItsEvents() {
        Delivered d = delivered();
        try (EventReader events = new EventReader("orders.return")) {
            String body = "{\"lines\": [" + line(d.lineId(), 1, "TOO_SMALL", null) + "]}";
            String key = UUID.randomUUID().toString();
            var created = requestReturn(d, key, body).then().statusCode(201).contentType("application/json")
                    .body("kind", equalTo("RETURN")).body("status", equalTo("REQUESTED"))
                    .body("allowedTransitions", contains("RECEIVED")).body("lines[0].reason", equalTo("TOO_SMALL"))
                    .body("lines[0].size", equalTo(7.5f)).body("replacements", empty()).body("refund", nullValue())
                    .extract();
            String returnId = created.path("id");
            requestReturn(d, key, body).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(returnId));
            requestReturn(d, key, body.replace("TOO_SMALL", "TOO_LARGE")).then().statusCode(422)
                    .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));

            ConsumerRecord<String, String> requested = events.first(e -> returnId.equals(e.path("subject").asText())
                    && ReturnEvents.REQUESTED.equals(e.path("type").asText()));
            assertThat(EventReader.schemaErrors(requested.value())).isEmpty();
            JsonNode returned = EventReader.json(requested.value()).path("data").path("lines").get(0);
            assertThat(returned.path("styleId").asText()).isEqualTo(d.style().id().toString());
            assertThat(returned.path("colourwayId").asText()).isEqualTo(d.style().colourwayId().toString());
            assertThat(returned.path("size").decimalValue()).isEqualByComparingTo("7.5");
            assertThat(returned.path("width").asText()).isEqualTo("WIDE");
            assertThat(returned.path("reason").asText()).isEqualTo("TOO_SMALL");

            given().auth().oauth2(Tokens.ops()).when().post("/admin/returns/" + returnId + "/receive")
                    .then().statusCode(200).body("status", equalTo("RECEIVED")).body("allowedTransitions", empty())
                    .body("refund.amount", equalTo(19500)).body("refund.currency", equalTo("USD"));
            given().auth().oauth2(Tokens.ops()).when().post("/admin/returns/" + returnId + "/receive")
                    .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
            ConsumerRecord<String, String> received = events.first(e -> returnId.equals(e.path("subject").asText())
                    && ReturnEvents.RECEIVED.equals(e.path("type").asText()));
            assertThat(EventReader.schemaErrors(received.value())).isEmpty();

            // The customer sees the refund on the return and on the order; so do ops.
            given().header("X-Order-Token", d.order().token()).when().get("/orders/" + d.order().id() + "/returns/" + returnId)
                    .then().statusCode(200).body("status", equalTo("RECEIVED"))
                    .body("refund.amount", equalTo(19500)).body("refund.currency", equalTo("USD"))
                    .body("receivedAt", notNullValue()).body("replacementAllowedTransitions", empty());
            given().header("X-Order-Token", d.order().token()).when().get("/orders/" + d.order().id())
                    .then().statusCode(200).body("returns", hasSize(1)).body("returns[0].id", equalTo(returnId))
                    .body("returns[0].kind", equalTo("RETURN")).body("returns[0].status", equalTo("RECEIVED"))
                    .body("returns[0].refund.amount", equalTo(19500)).body("returns[0].refund.currency", equalTo("USD"));
            Shop.opsGet(d.order().id()).body("returns[0].refund.amount", equalTo(19500));

            given().auth().oauth2(Tokens.ops()).contentType("application/json").body("{\"trackingNumber\": \"1Z1\"}")
                    .when().post("/admin/returns/" + returnId + "/replacement-shipment")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("code", equalTo("ILLEGAL_TRANSITION")).body("errors[0].field", equalTo("kind"));
        }
        given().header("X-Order-Token", d.order().token()).when().get("/orders/" + d.order().id() + "/returns/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void anExchangeAsksCatalogToReserveTheOtherSizeWhichOpsShipOnceTheGoodsAreBack() {
        Delivered d = delivered();
        String replacementSku = d.style().sku("8", "WIDE");
        try (EventReader events = new EventReader("orders.return")) {
            String body = "{\"lines\": [" + line(d.lineId(), 1, "TOO_NARROW", "{\"size\": 8, \"width\": \"WIDE\"}") + "]}";
            var created = requestReturn(d, UUID.randomUUID().toString(), body).then().statusCode(201)
                    .body("kind", equalTo("EXCHANGE")).body("replacements", hasSize(1))
                    .body("replacements[0].sku", equalTo(replacementSku))
                    .body("replacementStatus", equalTo("PENDING")).body("replacementAllowedTransitions", empty()).extract();
            String returnId = created.path("id");
            ConsumerRecord<String, String> exchange = events.first(e -> returnId.equals(e.path("subject").asText()));
            assertThat(EventReader.json(exchange.value()).path("type").asText()).isEqualTo(ReturnEvents.EXCHANGE_REQUESTED);
            assertThat(EventReader.schemaErrors(exchange.value())).isEmpty();
            JsonNode data = EventReader.json(exchange.value()).path("data");
            assertThat(data.path("replacements").get(0).path("size").decimalValue()).isEqualByComparingTo("8");
            assertThat(data.path("lines").get(0).path("reason").asText()).isEqualTo("TOO_NARROW");

            // Nothing to ship while catalog has not reserved the replacement.
            shipReplacement(returnId, "1Z999AA10123456785").statusCode(409).contentType("application/problem+json")
                    .body("code", equalTo("ILLEGAL_TRANSITION")).body("errors[0].field", equalTo("replacementStatus"));

            ObjectNode reserved = CatalogEvents.stockReserved(d.order().id(), "EXCHANGE", returnId,
                    CatalogEvents.line(replacementSku, 1));
            CatalogEvents.send("catalog.reservation", returnId, reserved);
            await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.ops())
                    .when().get("/admin/returns/" + returnId).then().statusCode(200).body("replacementStatus", equalTo("RESERVED")));

            // Reserved, but the returned pair is not back yet.
            shipReplacement(returnId, "1Z999AA10123456785").statusCode(409)
                    .body("code", equalTo("ILLEGAL_TRANSITION")).body("errors[0].field", equalTo("status"));

            given().auth().oauth2(Tokens.ops()).when().post("/admin/returns/" + returnId + "/receive")
                    .then().statusCode(200).body("status", equalTo("RECEIVED")).body("replacementStatus", equalTo("RESERVED"))
                    .body("replacementAllowedTransitions", contains("SHIPPED")).body("refund", nullValue());

            shipReplacement(returnId, "  ").statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo("trackingNumber"));
            shipReplacement(returnId, " 1Z999AA10123456785 ").statusCode(200).contentType("application/json")
                    .body("status", equalTo("RECEIVED")).body("replacementStatus", equalTo("SHIPPED"))
                    .body("replacementTrackingNumber", equalTo("1Z999AA10123456785"))
                    .body("replacementShippedAt", notNullValue()).body("replacementAllowedTransitions", empty())
                    .body("refund", nullValue());
            shipReplacement(returnId, "1Z-SECOND").statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"))
                    .body("errors[0].field", equalTo("replacementStatus"));

            ConsumerRecord<String, String> shipped = events.first(e -> returnId.equals(e.path("subject").asText())
                    && ReturnEvents.REPLACEMENT_SHIPPED.equals(e.path("type").asText()));
            assertThat(shipped.key()).isEqualTo(returnId);
            assertThat(shipped.topic()).isEqualTo("test.orders.return");
            assertThat(EventReader.schemaErrors(shipped.value())).isEmpty();
            JsonNode event = EventReader.json(shipped.value());
            assertThat(event.path("source").asText()).isEqualTo("/order-service");
            JsonNode shippedData = event.path("data");
            assertThat(shippedData.path("returnId").asText()).isEqualTo(returnId);
            assertThat(shippedData.path("orderId").asText()).isEqualTo(d.order().id());
            assertThat(shippedData.path("trackingNumber").asText()).isEqualTo("1Z999AA10123456785");
            assertThat(shippedData.path("lines")).hasSize(1);
            JsonNode sent = shippedData.path("lines").get(0);
            assertThat(sent.path("sku").asText()).isEqualTo(replacementSku);
            assertThat(sent.path("styleId").asText()).isEqualTo(d.style().id().toString());
            assertThat(sent.path("styleSlug").asText()).isEqualTo(d.style().slug());
            assertThat(sent.path("colourwayId").asText()).isEqualTo(d.style().colourwayId().toString());
            assertThat(sent.path("size").decimalValue()).isEqualByComparingTo("8");
            assertThat(sent.path("width").asText()).isEqualTo("WIDE");
            assertThat(sent.path("quantity").asInt()).isEqualTo(1);

            // The customer follows the replacement; the order itself stays DELIVERED and lists the exchange.
            given().header("X-Order-Token", d.order().token()).when().get("/orders/" + d.order().id() + "/returns/" + returnId)
                    .then().statusCode(200).body("replacementStatus", equalTo("SHIPPED"))
                    .body("replacementTrackingNumber", equalTo("1Z999AA10123456785"));
            Shop.opsGet(d.order().id()).body("status", equalTo("DELIVERED"))
                    .body("returns[0].replacementStatus", equalTo("SHIPPED")).body("returns[0].refund", nullValue());
        }
    }

    @Test
    void shippingAReplacementNeedsOpsAndAKnownReturn() {
        given().contentType("application/json").body("{\"trackingNumber\": \"1Z1\"}")
                .when().post("/admin/returns/" + UUID.randomUUID() + "/replacement-shipment")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.customer("cust-x")).contentType("application/json").body("{\"trackingNumber\": \"1Z1\"}")
                .when().post("/admin/returns/" + UUID.randomUUID() + "/replacement-shipment")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        shipReplacement(UUID.randomUUID().toString(), "1Z1").statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.ops()).contentType("application/json").body("{}")
                .when().post("/admin/returns/" + UUID.randomUUID() + "/replacement-shipment")
                .then().statusCode(400).body("errors[0].field", equalTo("trackingNumber"));
        given().auth().oauth2(Tokens.ops()).contentType("application/json").body("{\"trackingNumber\": \"" + "9".repeat(65) + "\"}")
                .when().post("/admin/returns/" + UUID.randomUUID() + "/replacement-shipment")
                .then().statusCode(400).body("errors[0].field", equalTo("trackingNumber"));
    }

    static io.restassured.response.ValidatableResponse shipReplacement(String returnId, String trackingNumber) {
        return given().auth().oauth2(Tokens.ops()).contentType("application/json")
                .body("{\"trackingNumber\": \"" + trackingNumber + "\"}")
                .when().post("/admin/returns/" + returnId + "/replacement-shipment").then();
    }

    @Test
    void anExchangeWhoseReplacementCatalogCannotReserveIsRefundedOnReceipt() {
        Delivered d = delivered();
        String returnId = requestReturn(d, UUID.randomUUID().toString(),
                "{\"lines\": [" + line(d.lineId(), 2, "TOO_WIDE", "{\"size\": 7.5, \"width\": \"MEDIUM\"}") + "]}")
                .then().statusCode(201).body("kind", equalTo("EXCHANGE")).extract().path("id");
        ObjectNode rejected = CatalogEvents.stockRejected(d.order().id(), d.style().sku("7.5", "MEDIUM"), 2, 0);
        ((ObjectNode) rejected.get("data")).put("kind", "EXCHANGE").put("reservationId", returnId);
        CatalogEvents.send("catalog.reservation", returnId, rejected);
        await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.ops())
                .when().get("/admin/returns/" + returnId).then().statusCode(200).body("replacementStatus", equalTo("REJECTED")));
        shipReplacement(returnId, "1Z1").statusCode(409).body("errors[0].field", equalTo("replacementStatus"));
        given().auth().oauth2(Tokens.ops()).when().post("/admin/returns/" + returnId + "/receive")
                .then().statusCode(200).body("status", equalTo("RECEIVED")).body("refund.amount", equalTo(39000))
                .body("refund.currency", equalTo("USD")).body("replacementAllowedTransitions", empty());
        shipReplacement(returnId, "1Z1").statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("errors[0].field", equalTo("replacementStatus"));
        // Rejecting the exchange's replacement does not touch the order.
        Shop.opsGet(d.order().id()).body("status", equalTo("DELIVERED")).body("returns[0].refund.amount", equalTo(39000));
    }

    @Test
    void goodsReceivedBeforeCatalogAnswersAreRefundedWhenCatalogRejectsTheReplacement() {
        Delivered d = delivered();
        String returnId = requestReturn(d, UUID.randomUUID().toString(),
                "{\"lines\": [" + line(d.lineId(), 1, "TOO_SMALL", "{\"size\": 8, \"width\": \"MEDIUM\"}") + "]}")
                .then().statusCode(201).extract().path("id");
        // The replacement may still be reserved: no refund yet, and nothing to ship either.
        given().auth().oauth2(Tokens.ops()).when().post("/admin/returns/" + returnId + "/receive")
                .then().statusCode(200).body("status", equalTo("RECEIVED")).body("replacementStatus", equalTo("PENDING"))
                .body("refund", nullValue()).body("replacementAllowedTransitions", empty());
        ObjectNode rejected = CatalogEvents.stockRejected(d.order().id(), d.style().sku("8", "MEDIUM"), 1, 0);
        ((ObjectNode) rejected.get("data")).put("kind", "EXCHANGE").put("reservationId", returnId);
        CatalogEvents.send("catalog.reservation", returnId, rejected);
        await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.ops())
                .when().get("/admin/returns/" + returnId).then().statusCode(200).body("replacementStatus", equalTo("REJECTED"))
                .body("refund.amount", equalTo(19500)).body("refund.currency", equalTo("USD")));
    }

    @Test
    void anExchangeMustBeTheSameColourwayInASizeOrWidthTheCatalogSells() {
        Delivered d = delivered();
        requestReturn(d, UUID.randomUUID().toString(),
                "{\"lines\": [" + line(d.lineId(), 1, "TOO_SMALL", "{\"size\": 7.5, \"width\": \"WIDE\"}") + "]}")
                .then().statusCode(400).body("errors[0].field", equalTo("lines[0].exchangeFor"));
        requestReturn(d, UUID.randomUUID().toString(),
                "{\"lines\": [" + line(d.lineId(), 1, "TOO_SMALL", "{\"size\": 11, \"width\": \"WIDE\"}") + "]}")
                .then().statusCode(400).body("code", equalTo("EXCHANGE_UNAVAILABLE")).body("errors[0].field", equalTo("lines[0].exchangeFor"));
        requestReturn(d, UUID.randomUUID().toString(),
                "{\"lines\": [" + line(d.lineId(), 1, "TOO_SMALL", "{\"size\": 8, \"width\": \"HUGE\"}") + "]}")
                .then().statusCode(400).body("errors[0].field", equalTo("lines[0].exchangeFor.width"));
    }

    @Test
    void linesAreCheckedAgainstTheOrder() {
        Delivered d = delivered();
        requestReturn(d, UUID.randomUUID().toString(), "{\"lines\": [" + line(UUID.randomUUID().toString(), 1, "TOO_SMALL", null) + "]}")
                .then().statusCode(400).body("errors[0].field", equalTo("lines[0].lineId"));
        requestReturn(d, UUID.randomUUID().toString(), "{\"lines\": [" + line(d.lineId(), 3, "TOO_SMALL", null) + "]}")
                .then().statusCode(400).body("errors[0].field", equalTo("lines[0].quantity"));
        requestReturn(d, UUID.randomUUID().toString(), "{\"lines\": [" + line(d.lineId(), 1, "TOO_TIGHT", null) + "]}")
                .then().statusCode(400).body("errors[0].field", equalTo("lines[0].reason"));
        requestReturn(d, UUID.randomUUID().toString(), "{\"lines\": []}")
                .then().statusCode(400).body("errors[0].field", equalTo("lines"));
        requestReturn(d, UUID.randomUUID().toString(), "{\"lines\": [" + line(d.lineId(), 2, "DEFECTIVE", null) + "]}")
                .then().statusCode(201);
        // Both pairs are already coming back.
        requestReturn(d, UUID.randomUUID().toString(), "{\"lines\": [" + line(d.lineId(), 1, "DEFECTIVE", null) + "]}")
                .then().statusCode(400).body("errors[0].field", equalTo("lines[0].quantity"));
    }

    @Test
    void onlyTheOwnerOfADeliveredOrderReturnsWithin30Days() {
        Delivered d = delivered();
        String body = "{\"lines\": [" + line(d.lineId(), 1, "CHANGED_MIND", null) + "]}";
        given().header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json").body(body)
                .when().post("/orders/" + d.order().id() + "/returns").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        given().header("X-Order-Token", "not-it").header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(body)
                .when().post("/orders/" + d.order().id() + "/returns").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.customer("cust-" + UUID.randomUUID())).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(body)
                .when().post("/orders/" + d.order().id() + "/returns").then().statusCode(404);
        given().header("X-Order-Token", d.order().token()).contentType("application/json").body(body)
                .when().post("/orders/" + d.order().id() + "/returns")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        given().when().post("/admin/returns/" + UUID.randomUUID() + "/receive").then().statusCode(401);
        given().auth().oauth2(Tokens.customer("cust-x")).when().post("/admin/returns/" + UUID.randomUUID() + "/receive")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.ops()).when().post("/admin/returns/" + UUID.randomUUID() + "/receive")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));

        Instant longAgo = Instant.now().minus(31, ChronoUnit.DAYS);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update shop_order set delivered_at = ?1 where id = ?2")
                .setParameter(1, longAgo).setParameter(2, UUID.fromString(d.order().id())).executeUpdate());
        requestReturn(d, UUID.randomUUID().toString(), body).then().statusCode(409).body("code", equalTo("NOT_RETURNABLE"));
    }

    @Test
    void anUndeliveredOrderCannotBeReturned() {
        String sku = Shop.stockedStyle().sku("8", "MEDIUM");
        Shop.GuestOrder order = Shop.guestOrder(sku, 1);
        String lineId = Shop.opsGet(order.id()).extract().path("lines[0].lineId");
        given().header("X-Order-Token", order.token()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body("{\"lines\": [" + line(lineId, 1, "TOO_LARGE", null) + "]}")
                .when().post("/orders/" + order.id() + "/returns")
                .then().statusCode(409).body("code", equalTo("NOT_RETURNABLE"));
    }
}
