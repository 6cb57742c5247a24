package com.ally.fit.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

import com.ally.fit.support.EventWriter;
import com.ally.fit.support.Events;
import com.ally.fit.support.Events.Sku;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Suggestions for conditions come from fit-service's own replica of catalog events, in stock only. */
@QuarkusTest
class CatalogReplicaTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    EntityManager em;

    // A 24.3 cm foot is a US 9; 9.9 cm wide is MEDIUM there, 10.2 cm WIDE.
    private static final String MEDIUM_FOOT = "{\"feet\": {\"unit\": \"CM\", \"left\": {\"length\": 24.3, \"width\": 9.9}}, \"conditions\": [\"PLANTAR_FASCIITIS\"]}";
    private static final String WIDE_FOOT = "{\"feet\": {\"unit\": \"CM\", \"left\": {\"length\": 24.3, \"width\": 10.2}}, \"conditions\": [\"PLANTAR_FASCIITIS\"]}";

    @Test
    void onlyStylesInStockInTheRecommendedSizeAndWidthThatSuitTheConditionAreSuggested() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID flatId = UUID.randomUUID();
        String flat = "arch-flat-" + run;
        String pump = "tall-pump-" + run;
        String code = Events.styleCode();
        Sku mediumNine = new Sku(Events.skuCode(code, 9.0, "MEDIUM"), 9.0, "MEDIUM", 12);
        Sku wideNine = new Sku(Events.skuCode(code, 9.0, "WIDE"), 9.0, "WIDE", 0);
        try (EventWriter events = new EventWriter()) {
            events.send("catalog.style", Events.stylePublished(flatId, flat, 0.6, List.of("ARCH_SUPPORT", "SUEDE_LINING"),
                    List.of(mediumNine, wideNine)));
            events.send("catalog.style", Events.stylePublished(UUID.randomUUID(), pump, 3.5, List.of("ARCH_SUPPORT"),
                    List.of(new Sku(Events.skuCode(Events.styleCode(), 9.0, "MEDIUM"), 9.0, "MEDIUM", 5))));

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> recommend(MEDIUM_FOOT).statusCode(200).body("width", equalTo("MEDIUM"))
                    .body("suggestedStyles.slug", hasItem(flat))
                    .body("suggestedStyles.find { it.slug == '" + flat + "' }.why[0]", equalTo("a low 0.6-inch heel with arch support")));
            // The pump has arch support but a 3.5-inch heel: never suggested for plantar fasciitis.
            recommend(MEDIUM_FOOT).body("suggestedStyles.slug", not(hasItem(pump)));
            // Out of stock in 9 WIDE.
            recommend(WIDE_FOOT).statusCode(200).body("width", equalTo("WIDE")).body("suggestedStyles.slug", not(hasItem(flat)));

            events.send("catalog.inventory", Events.availabilityChanged(flatId, flat,
                    new Sku(wideNine.code(), 9.0, "WIDE", 8), "OUT"));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> recommend(WIDE_FOOT).body("suggestedStyles.slug", hasItem(flat)));
        }
    }

    @Test
    void anOlderSnapshotNeverOverwritesANewerStockReport() {
        String slug = "stale-" + UUID.randomUUID().toString().substring(0, 8);
        UUID styleId = UUID.randomUUID();
        String code = Events.styleCode();
        Sku out = new Sku(Events.skuCode(code, 9.0, "MEDIUM"), 9.0, "MEDIUM", 0);
        ObjectNode restocked = Events.availabilityChanged(styleId, slug, new Sku(out.code(), 9.0, "MEDIUM", 6), "OUT");
        ObjectNode olderSnapshot = Events.stylePublished(styleId, slug, 0.6, List.of("ARCH_SUPPORT"), List.of(out));
        olderSnapshot.put("time", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS).toString());
        try (EventWriter events = new EventWriter()) {
            events.send("catalog.inventory", restocked);
            await().atMost(Duration.ofSeconds(60)).until(() -> applied(restocked));
            events.send("catalog.style", olderSnapshot);
            await().atMost(Duration.ofSeconds(60)).until(() -> applied(olderSnapshot));
        }
        recommend(MEDIUM_FOOT).statusCode(200).body("suggestedStyles.slug", hasItem(slug));
    }

    @Test
    void theStylesInStockAreKeptUntilTheNextCatalogEvent() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String flat = "kept-flat-" + run;
        Sku mediumNine = new Sku(Events.skuCode(Events.styleCode(), 9.0, "MEDIUM"), 9.0, "MEDIUM", 4);
        try (EventWriter events = new EventWriter()) {
            events.send("catalog.style", Events.stylePublished(UUID.randomUUID(), flat, 0.6, List.of("ARCH_SUPPORT"), List.of(mediumNine)));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> recommend(MEDIUM_FOOT).statusCode(200).body("suggestedStyles.slug", hasItem(flat)));

            // A change that came without an event (as another instance's would) is not read for every shopper...
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update catalog_sku set available = 0, availability = 'OUT' where sku = ?1")
                    .setParameter(1, mediumNine.code()).executeUpdate());
            recommend(MEDIUM_FOOT).statusCode(200).body("suggestedStyles.slug", hasItem(flat));

            // ...but once any catalog event has been applied here, the next answer reads the replica again.
            String other = "other-" + run;
            events.send("catalog.inventory", Events.availabilityChanged(UUID.randomUUID(), other,
                    new Sku(Events.skuCode(Events.styleCode(), 9.0, "MEDIUM"), 9.0, "MEDIUM", 3), "OUT"));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> recommend(MEDIUM_FOOT).statusCode(200).body("suggestedStyles.slug", not(hasItem(flat))));
        }
    }

    private static ValidatableResponse recommend(String foot) {
        return given().contentType("application/json").body(foot).when().post("/recommendations").then();
    }

    private boolean applied(ObjectNode event) {
        UUID id = UUID.fromString(event.path("id").asText());
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from inbox_event where event_id = ?1").setParameter(1, id)
                .getSingleResult()).intValue() == 1);
    }

    @Test
    void aStyleFromTheReplicaCanBeAskedAbout() {
        String slug = "known-" + UUID.randomUUID().toString().substring(0, 8);
        try (EventWriter events = new EventWriter()) {
            events.send("catalog.style", Events.stylePublished(UUID.randomUUID(), slug, 1.0, List.of(), List.of()));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> recommend("{\"feet\": {\"unit\": \"IN\", \"left\": {\"length\": 9}}, \"style\": \"" + slug + "\"}")
                .statusCode(200).body("style", equalTo(slug)).body("size", equalTo(7.5f)));
        given().when().get("/styles/" + slug + "/fit-summary")
                .then().statusCode(200).body("sizeOffset", equalTo(0f))
                .body("summary", equalTo("no fit evidence yet: standard sizing"));
    }
}
