package com.ally.catalog.events;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import com.fasterxml.jackson.databind.JsonNode;

import com.ally.catalog.reservation.ReservationKind;
import com.ally.catalog.reservation.ReservationLine;
import com.ally.catalog.reservation.ReservationService;
import com.ally.catalog.support.Catalog;
import com.ally.catalog.support.EventReader;
import com.ally.catalog.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of change, read back from the real broker and checked against its JSON Schema. */
@QuarkusTest
class ProducedEventsTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    ReservationService reservations;

    private static JsonNode valid(ConsumerRecord<String, String> record) {
        assertThat(EventReader.schemaErrors(record.value())).isEmpty();
        return EventReader.json(record.value());
    }

    private static boolean is(JsonNode event, String type, String subject) {
        return type.equals(event.path("type").asText()) && subject.equals(event.path("subject").asText());
    }

    @Test
    void styleLifecycleAndPriceChangesAreAnnounced() {
        try (EventReader reader = new EventReader("catalog.style")) {
            Catalog.Made style = Catalog.published("events");
            JsonNode published = valid(reader.first(e -> is(e, "ally.catalog.style.published.v1", style.id())));
            assertThat(published.at("/data/slug").asText()).isEqualTo(style.slug());
            assertThat(published.at("/data/status").asText()).isEqualTo("ACTIVE");
            assertThat(published.at("/data/colourways/0/skus")).hasSize(68);
            assertThat(published.at("/data/colourways/0/price/amount").asInt()).isEqualTo(19500);

            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"name\": \"Renamed Heel\"}")
                    .when().patch("/admin/styles/" + style.slug()).then().statusCode(200);
            JsonNode updated = valid(reader.first(e -> is(e, "ally.catalog.style.updated.v1", style.id())));
            assertThat(updated.at("/data/name").asText()).isEqualTo("Renamed Heel");

            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body("{\"price\": {\"amount\": 16500, \"currency\": \"USD\"}, \"compareAtPrice\": {\"amount\": 19500, \"currency\": \"USD\"}}")
                    .when().patch("/admin/styles/" + style.slug() + "/colourways/BLK").then().statusCode(200);
            ConsumerRecord<String, String> priceRecord = reader.first(e -> is(e, "ally.catalog.style.price-changed.v1", style.id()));
            JsonNode price = valid(priceRecord);
            assertThat(priceRecord.key()).isEqualTo(style.id());
            assertThat(price.at("/data/price/amount").asInt()).isEqualTo(16500);
            assertThat(price.at("/data/compareAtPrice/amount").asInt()).isEqualTo(19500);
            assertThat(price.at("/data/previousPrice/amount").asInt()).isEqualTo(19500);
            assertThat(price.at("/data/styleSlug").asText()).isEqualTo(style.slug());

            given().auth().oauth2(Tokens.admin()).when().post("/admin/styles/" + style.slug() + "/retire")
                    .then().statusCode(200);
            JsonNode retired = valid(reader.first(e -> is(e, "ally.catalog.style.retired.v1", style.id())));
            assertThat(retired.at("/data/status").asText()).isEqualTo("RETIRED");
        }
    }

    @Test
    void aDraftIsNotAnnounced() {
        try (EventReader reader = new EventReader("catalog.style")) {
            Catalog.Made draft = Catalog.draft("quiet");
            Catalog.colourway(draft, "BLK", "BLACK", 19500, null);
            Catalog.publish(draft);
            reader.first(e -> is(e, "ally.catalog.style.published.v1", draft.id()));
            assertThat(reader.seen(e -> draft.id().equals(e.path("subject").asText())))
                    .extracting(e -> e.path("type").asText()).containsExactly("ally.catalog.style.published.v1");
        }
    }

    @Test
    void collectionSnapshotCarriesOrderedStyleSlugs() {
        Catalog.Made a = Catalog.published("ca");
        Catalog.Made b = Catalog.published("cb");
        String slug = "events-" + Catalog.unique();
        try (EventReader reader = new EventReader("catalog.collection")) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body("{\"slug\": \"" + slug + "\", \"name\": \"Events\", \"styleSlugs\": [\"" + b.slug() + "\", \"" + a.slug() + "\"]}")
                    .when().post("/admin/collections").then().statusCode(201);
            JsonNode event = valid(reader.first(e -> slug.equals(e.at("/data/slug").asText())));
            assertThat(event.at("/data/styleSlugs")).extracting(JsonNode::asText).containsExactly(b.slug(), a.slug());
        }
    }

    @Test
    void availabilityChangesOnlyWhenALevelIsCrossed() {
        Catalog.Made style = Catalog.published("avail");
        String sku = style.sku("BLK", "090", "W");
        try (EventReader reader = new EventReader("catalog.inventory")) {
            Catalog.stock(sku, 5);
            ConsumerRecord<String, String> record = reader.first(e -> sku.equals(e.path("subject").asText()));
            JsonNode inStock = valid(record);
            assertThat(record.key()).isEqualTo(sku);
            assertThat(inStock.at("/data/availability").asText()).isEqualTo("IN_STOCK");
            assertThat(inStock.at("/data/previousAvailability").asText()).isEqualTo("OUT");
            assertThat(inStock.at("/data/available").asInt()).isEqualTo(5);
            assertThat(inStock.at("/data/size").asDouble()).isEqualTo(9.0);
            assertThat(inStock.at("/data/width").asText()).isEqualTo("WIDE");
            assertThat(inStock.at("/data/styleSlug").asText()).isEqualTo(style.slug());

            Catalog.stock(sku, 4); // still IN_STOCK: no event
            Catalog.stock(sku, 2);
            JsonNode low = valid(reader.first(e -> sku.equals(e.path("subject").asText())
                    && "LOW".equals(e.at("/data/availability").asText())));
            assertThat(low.at("/data/previousAvailability").asText()).isEqualTo("IN_STOCK");
            assertThat(reader.seen(e -> sku.equals(e.path("subject").asText())))
                    .extracting(e -> e.at("/data/available").asInt()).containsExactly(5, 2);
        }
    }

    @Test
    void reservationAnswersAreAnnounced() {
        Catalog.Made style = Catalog.published("answers");
        String sku = style.sku("BLK", "075", "M");
        Catalog.stock(sku, 2);
        UUID order = UUID.randomUUID();
        UUID shortOrder = UUID.randomUUID();
        try (EventReader reader = new EventReader("catalog.reservation")) {
            reservations.reserve(order, order, ReservationKind.ORDER, List.of(new ReservationLine(sku, 2)));
            JsonNode reserved = valid(reader.first(e -> is(e, "ally.catalog.reservation.stock-reserved.v1", order.toString())));
            assertThat(reserved.at("/data/orderId").asText()).isEqualTo(order.toString());
            assertThat(reserved.at("/data/kind").asText()).isEqualTo("ORDER");
            assertThat(reserved.at("/data/lines/0/sku").asText()).isEqualTo(sku);
            assertThat(reserved.at("/data/lines/0/quantity").asInt()).isEqualTo(2);

            reservations.reserve(shortOrder, shortOrder, ReservationKind.ORDER, List.of(new ReservationLine(sku, 1)));
            JsonNode rejected = valid(reader.first(e -> is(e, "ally.catalog.reservation.stock-reservation-rejected.v1", shortOrder.toString())));
            assertThat(rejected.at("/data/unavailable/0/sku").asText()).isEqualTo(sku);
            assertThat(rejected.at("/data/unavailable/0/requested").asInt()).isEqualTo(1);
            assertThat(rejected.at("/data/unavailable/0/available").asInt()).isEqualTo(0);

            reservations.release(order, "CUSTOMER_REQUEST");
            JsonNode released = valid(reader.first(e -> is(e, "ally.catalog.reservation.stock-released.v1", order.toString())));
            assertThat(released.at("/data/reason").asText()).isEqualTo("CUSTOMER_REQUEST");
            assertThat(released.at("/data/lines/0/quantity").asInt()).isEqualTo(2);
        }
    }
}
