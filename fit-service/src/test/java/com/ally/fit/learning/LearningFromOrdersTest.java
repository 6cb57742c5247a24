package com.ally.fit.learning;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import com.ally.fit.support.EventWriter;
import com.ally.fit.support.Events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Delivered and returned pairs, published as order-service publishes them, move a style's fit. */
@QuarkusTest
class LearningFromOrdersTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    EntityManager em;

    @Test
    void aHandfulOfTooSmallReturnsDoesNotMoveAStyle() {
        String slug = "handful-" + UUID.randomUUID().toString().substring(0, 8);
        sell(slug, 40, 3);
        await().atMost(PATIENCE).untilAsserted(() -> given().when().get("/styles/" + slug + "/fit-summary")
                .then().statusCode(200).body("evidence.orders", equalTo(40)).body("evidence.tooSmall", equalTo(3)));
        given().when().get("/styles/" + slug + "/fit-summary")
                .then().body("evidence.kept", equalTo(37)).body("sizeOffset", equalTo(0f))
                .body("summary", equalTo("true to size, from 40 orders"))
                .body("model.posteriorSizeOffset", equalTo(0.0333f));
        recommendFor(slug).body("size", equalTo(9.0f));
    }

    @Test
    void enoughTooSmallReturnsMoveTheRecommendationUpHalfASize() {
        String slug = "runs-small-" + UUID.randomUUID().toString().substring(0, 8);
        sell(slug, 40, 40);
        await().atMost(PATIENCE).untilAsserted(() -> given().when().get("/styles/" + slug + "/fit-summary")
                .then().statusCode(200).body("evidence.tooSmall", equalTo(40)).body("evidence.orders", equalTo(40)));
        given().when().get("/styles/" + slug + "/fit-summary")
                .then().body("evidence.kept", equalTo(0)).body("sizeOffset", equalTo(0.5f))
                .body("summary", equalTo("runs half a size small, from 40 orders"));
        recommendFor(slug).body("size", equalTo(9.5f))
                .body("reasoning", containsString("this style runs half a size small, so 9.5"));
    }

    @Test
    void duplicateEventsChangeNothing() {
        String slug = "dupes-" + UUID.randomUUID().toString().substring(0, 8);
        UUID styleId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        UUID returnId = UUID.randomUUID();
        String sku = Events.skuCode(Events.styleCode(), 9.0, "MEDIUM");
        ObjectNode delivered = Events.orderDelivered(orderId, styleId, slug, sku);
        ObjectNode returned = Events.returnRequested(returnId, orderId, styleId, slug, sku, "TOO_SMALL");
        // Same keys as the duplicates, so the same partitions: once these are applied, so are the duplicates.
        ObjectNode deliveredAgainWithANewId = Events.orderDelivered(orderId, styleId, slug, sku);
        ObjectNode received = Events.returnReceived(returned);
        try (EventWriter events = new EventWriter()) {
            events.send("orders.order", delivered);
            events.send("orders.return", returned);
            events.send("orders.order", delivered);
            events.send("orders.return", returned);
            events.send("orders.return", returned);
            events.send("orders.order", deliveredAgainWithANewId);
            events.send("orders.return", received);
        }
        await().atMost(PATIENCE).until(() -> applied(deliveredAgainWithANewId) && applied(received));
        given().when().get("/styles/" + slug + "/fit-summary")
                .then().statusCode(200)
                .body("evidence.orders", equalTo(1)).body("evidence.kept", equalTo(0))
                .body("evidence.tooSmall", equalTo(1));
    }

    @Test
    void placementsAndConfirmationsPassByAndOnlyTheDeliveryCounts() {
        String slug = "passing-" + UUID.randomUUID().toString().substring(0, 8);
        UUID styleId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        String sku = Events.skuCode(Events.styleCode(), 9.0, "MEDIUM");
        ObjectNode placed = Events.orderMoved(Events.orderDelivered(orderId, styleId, slug, sku), "ally.orders.order.placed.v1", "PENDING");
        ObjectNode confirmed = Events.orderMoved(Events.orderDelivered(orderId, styleId, slug, sku), "ally.orders.order.confirmed.v1", "CONFIRMED");
        ObjectNode delivered = Events.orderDelivered(orderId, styleId, slug, sku);
        try (EventWriter events = new EventWriter()) {
            // One key, so one partition: when the delivery is applied, the two before it were read.
            events.send("orders.order", placed);
            events.send("orders.order", confirmed);
            events.send("orders.order", delivered);
        }
        await().atMost(PATIENCE).until(() -> applied(delivered));
        assertThat(applied(placed) || applied(confirmed)).as("inbox rows for events fit ignores").isFalse();
        given().when().get("/styles/" + slug + "/fit-summary")
                .then().statusCode(200).body("evidence.orders", equalTo(1)).body("evidence.kept", equalTo(1));
    }

    @Test
    void anExchangeForAWiderPairIsEvidenceTheStyleRunsNarrow() {
        String slug = "exchange-" + UUID.randomUUID().toString().substring(0, 8);
        UUID styleId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        String code = Events.styleCode();
        String sku = Events.skuCode(code, 9.0, "MEDIUM");
        try (EventWriter events = new EventWriter()) {
            events.send("orders.order", Events.orderDelivered(orderId, styleId, slug, sku));
            events.send("orders.return", Events.exchangeRequested(UUID.randomUUID(), orderId, styleId, slug, sku,
                    Events.skuCode(code, 9.0, "WIDE"), "TOO_NARROW"));
        }
        await().atMost(PATIENCE).untilAsserted(() -> given().when().get("/styles/" + slug + "/fit-summary")
                .then().statusCode(200).body("evidence.tooNarrow", equalTo(1)).body("evidence.kept", equalTo(0))
                .body("evidence.orders", equalTo(1)).body("widthOffset", equalTo(0)));
        String etag = given().when().get("/styles/" + slug + "/fit-summary").then().statusCode(200)
                .header("Cache-Control", containsString("max-age")).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/styles/" + slug + "/fit-summary").then().statusCode(304);
    }

    @Test
    void aMalformedRecordIsSkippedAndTheNextEventStillApplies() {
        String slug = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        UUID orderId = UUID.randomUUID();
        try (EventWriter events = new EventWriter()) {
            // Same key, so the same partition: the good event queues behind the bad record.
            events.sendRaw("orders.order", orderId.toString(), "not json {");
            events.send("orders.order", Events.orderDelivered(orderId, UUID.randomUUID(), slug,
                    Events.skuCode(Events.styleCode(), 9.0, "MEDIUM")));
        }
        await().atMost(PATIENCE).untilAsserted(() -> given().when().get("/styles/" + slug + "/fit-summary")
                .then().statusCode(200).body("evidence.orders", equalTo(1)).body("evidence.kept", equalTo(1)));
    }

    @Test
    void anUnknownStyleHasNoFitSummary() {
        given().when().get("/styles/never-heard-of-it/fit-summary")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
    }

    /** Delivers {@code orders} single-pair orders of a style and returns {@code tooSmall} of them as too small. */
    private static void sell(String slug, int orders, int tooSmall) {
        UUID styleId = UUID.randomUUID();
        String sku = Events.skuCode(Events.styleCode(), 9.0, "MEDIUM");
        try (EventWriter events = new EventWriter()) {
            for (int i = 0; i < orders; i++) {
                UUID orderId = UUID.randomUUID();
                events.send("orders.order", Events.orderDelivered(orderId, styleId, slug, sku));
                if (i < tooSmall) {
                    events.send("orders.return", Events.returnRequested(UUID.randomUUID(), orderId, styleId, slug, sku, "TOO_SMALL"));
                }
            }
        }
    }

    private static io.restassured.response.ValidatableResponse recommendFor(String slug) {
        return given().contentType("application/json")
                .body("{\"feet\": {\"unit\": \"CM\", \"left\": {\"length\": 24.3}}, \"style\": \"" + slug + "\"}")
                .when().post("/recommendations").then().statusCode(200).body("style", equalTo(slug));
    }

    private boolean applied(ObjectNode event) {
        UUID id = UUID.fromString(event.path("id").asText());
        Number count = QuarkusTransaction.requiringNew().call(() -> (Number) em
                .createNativeQuery("select count(*) from inbox_event where event_id = ?1").setParameter(1, id).getSingleResult());
        return count.intValue() == 1;
    }
}
