package com.ally.orders.order;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import com.ally.orders.support.EventReader;
import com.ally.orders.support.Shop;
import com.ally.orders.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Ops move orders along (ship, deliver, cancel) and find them; every move the lifecycle refuses is 409. */
@QuarkusTest
class AdminOrderResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aPaidOrderIsShippedAndDeliveredWithItsEvents() {
        String sku = Shop.stockedStyle().sku("7.5", "WIDE");
        Shop.GuestOrder order = Shop.guestOrder(sku, 1);
        Shop.confirm(order.id(), sku, 1);
        Shop.pay(order.id(), 19500);
        try (EventReader events = new EventReader("orders.order")) {
            given().auth().oauth2(Tokens.ops()).contentType("application/json").body("{\"trackingNumber\": \"1Z999AA10123456784\"}")
                    .when().post("/admin/orders/" + order.id() + "/ship")
                    .then().statusCode(200).body("status", equalTo("SHIPPED")).body("trackingNumber", equalTo("1Z999AA10123456784"))
                    .body("allowedTransitions", contains("DELIVERED")).body("shippedAt", notNullValue());
            given().auth().oauth2(Tokens.ops()).when().post("/admin/orders/" + order.id() + "/deliver")
                    .then().statusCode(200).body("status", equalTo("DELIVERED")).body("allowedTransitions", empty())
                    .body("deliveredAt", notNullValue());

            ConsumerRecord<String, String> shipped = events.first(e -> order.id().equals(e.path("subject").asText())
                    && OrderEvents.SHIPPED.equals(e.path("type").asText()));
            assertThat(EventReader.schemaErrors(shipped.value())).isEmpty();
            assertThat(EventReader.json(shipped.value()).path("data").path("trackingNumber").asText()).isEqualTo("1Z999AA10123456784");
            ConsumerRecord<String, String> delivered = events.first(e -> order.id().equals(e.path("subject").asText())
                    && OrderEvents.DELIVERED.equals(e.path("type").asText()));
            assertThat(EventReader.schemaErrors(delivered.value())).isEmpty();
        }
        // The guest sees the progress with the order token.
        given().header("X-Order-Token", order.token()).when().get("/orders/" + order.id())
                .then().statusCode(200).body("status", equalTo("DELIVERED"));
    }

    @Test
    void cancellingAPaidOrderRecordsTheRefundAndTellsCatalogToRelease() {
        String sku = Shop.stockedStyle().sku("8", "WIDE");
        Shop.GuestOrder order = Shop.guestOrder(sku, 2);
        Shop.confirm(order.id(), sku, 2);
        Shop.pay(order.id(), 39000);
        try (EventReader events = new EventReader("orders.order")) {
            given().auth().oauth2(Tokens.ops()).contentType("application/json").body("{\"reason\": \"CUSTOMER_REQUEST\"}")
                    .when().post("/admin/orders/" + order.id() + "/cancel")
                    .then().statusCode(200).body("status", equalTo("CANCELLED"))
                    .body("refund.amount", equalTo(39000)).body("refund.currency", equalTo("USD"))
                    .body("cancelReason", equalTo("CUSTOMER_REQUEST"));
            ConsumerRecord<String, String> cancelled = events.first(e -> order.id().equals(e.path("subject").asText())
                    && OrderEvents.CANCELLED.equals(e.path("type").asText()));
            assertThat(EventReader.schemaErrors(cancelled.value())).isEmpty();
            JsonNode data = EventReader.json(cancelled.value()).path("data");
            assertThat(data.path("stockWasReserved").asBoolean()).isTrue();
            assertThat(data.path("refund").path("amount").asLong()).isEqualTo(39000);
        }
    }

    @Test
    void aConfirmedOrderIsCancelledWithoutABodyAndWithoutARefund() {
        String sku = Shop.stockedStyle().sku("7", "MEDIUM");
        Shop.GuestOrder order = Shop.guestOrder(sku, 1);
        Shop.confirm(order.id(), sku, 1);
        given().auth().oauth2(Tokens.ops()).when().post("/admin/orders/" + order.id() + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("refund", nullValue())
                .body("cancelReason", equalTo("OPS_CANCELLED"));
    }

    @Test
    void movesTheLifecycleRefusesAre409IllegalTransition() {
        String sku = Shop.stockedStyle().sku("7", "WIDE");
        Shop.GuestOrder order = Shop.guestOrder(sku, 1);
        // PENDING: neither shipped nor delivered.
        ship(order.id()).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("errors[0].field", equalTo("status"));
        deliver(order.id()).then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        Shop.confirm(order.id(), sku, 1);
        // CONFIRMED: not shipped before it is paid.
        ship(order.id()).then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        Shop.pay(order.id(), 19500);
        Shop.ship(order.id());
        // SHIPPED: no cancelling, no shipping twice.
        cancel(order.id()).then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        ship(order.id()).then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        Shop.deliver(order.id());
        // DELIVERED is final.
        cancel(order.id()).then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        deliver(order.id()).then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        Shop.opsGet(order.id()).body("status", equalTo("DELIVERED"));
    }

    @Test
    void opsOnlyAndUnknownOrdersAre404() {
        String sku = Shop.stockedStyle().sku("8", "MEDIUM");
        Shop.GuestOrder order = Shop.guestOrder(sku, 1);
        given().when().post("/admin/orders/" + order.id() + "/cancel").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        given().auth().oauth2(Tokens.customer("cust-" + UUID.randomUUID())).when().post("/admin/orders/" + order.id() + "/cancel")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.customer("cust-" + UUID.randomUUID())).when().get("/admin/orders")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().when().get("/admin/orders").then().statusCode(401);
        given().auth().oauth2(Tokens.ops()).when().post("/admin/orders/" + UUID.randomUUID() + "/deliver")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.ops()).contentType("application/json").body("{}")
                .when().post("/admin/orders/" + order.id() + "/ship")
                .then().statusCode(400).body("errors[0].field", equalTo("trackingNumber"));
        Shop.opsGet(order.id()).body("status", equalTo("PENDING"));
    }

    @Test
    void opsListOrdersByStatusDateAndEmailWithACursor() {
        String sku = Shop.stockedStyle().sku("7.5", "MEDIUM");
        String email = "list-" + UUID.randomUUID() + "@example.com";
        Instant from = Instant.now().minus(1, ChronoUnit.SECONDS);
        String[] ids = new String[3];
        for (int i = 0; i < 3; i++) {
            Shop.GuestCart cart = Shop.guestCart(sku, 1);
            ids[i] = Shop.checkout(cart, UUID.randomUUID().toString(), Shop.checkoutBody(cart.id(), email.toUpperCase()))
                    .then().statusCode(201).extract().path("id");
        }
        Shop.confirm(ids[1], sku, 1);

        String cursor = given().auth().oauth2(Tokens.ops()).queryParam("email", email).queryParam("limit", 2)
                .when().get("/admin/orders")
                .then().statusCode(200).body("items.id", contains(ids[2], ids[1])).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().auth().oauth2(Tokens.ops()).queryParam("email", email).queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/admin/orders")
                .then().statusCode(200).body("items.id", contains(ids[0])).body("nextCursor", nullValue());
        given().auth().oauth2(Tokens.ops()).queryParam("email", email).queryParam("status", "CONFIRMED")
                .when().get("/admin/orders")
                .then().statusCode(200).body("items.id", contains(ids[1])).body("items.status", everyItem(equalTo("CONFIRMED")));
        given().auth().oauth2(Tokens.ops()).queryParam("email", email).queryParam("from", from.toString())
                .queryParam("to", Instant.now().plusSeconds(60).toString())
                .when().get("/admin/orders")
                .then().statusCode(200).body("items", hasSize(3)).body("items.id", containsInAnyOrder(ids));
        given().auth().oauth2(Tokens.ops()).queryParam("email", email).queryParam("to", from.toString())
                .when().get("/admin/orders").then().statusCode(200).body("items", empty());

        given().auth().oauth2(Tokens.ops()).queryParam("status", "LOST").when().get("/admin/orders")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(Tokens.ops()).queryParam("from", "yesterday").when().get("/admin/orders")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.ops()).queryParam("limit", 101).when().get("/admin/orders")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(Tokens.ops()).queryParam("cursor", "%%%").when().get("/admin/orders")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    private static io.restassured.response.Response ship(String id) {
        return given().auth().oauth2(Tokens.ops()).contentType("application/json").body("{\"trackingNumber\": \"1Z1\"}")
                .when().post("/admin/orders/" + id + "/ship");
    }

    private static io.restassured.response.Response deliver(String id) {
        return given().auth().oauth2(Tokens.ops()).when().post("/admin/orders/" + id + "/deliver");
    }

    private static io.restassured.response.Response cancel(String id) {
        return given().auth().oauth2(Tokens.ops()).when().post("/admin/orders/" + id + "/cancel");
    }
}
