package com.ally.catalog.outbox;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.ally.catalog.support.EventReader;
import com.ally.catalog.support.Tokens;
import com.fasterxml.jackson.databind.JsonNode;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A change commits its event to the outbox; the relay sends it; a real Kafka consumer reads it. */
@QuarkusTest
class OutboxRoundTripTest {

    @Test
    void aCreatedCollectionArrivesOnKafkaAsACloudEvent() {
        String slug = "pops-" + UUID.randomUUID().toString().substring(0, 8);
        try (EventReader reader = new EventReader("catalog.collection")) {
            String id = given().auth().oauth2(Tokens.admin()).header("X-Request-Id", "req-" + slug)
                    .contentType("application/json")
                    .body("{\"slug\": \"" + slug + "\", \"name\": \"Pops of Colour\"}")
                    .when().post("/admin/collections")
                    .then().statusCode(201).extract().path("id");

            ConsumerRecord<String, String> record = reader.first(e -> slug.equals(e.path("data").path("slug").asText()));
            JsonNode event = EventReader.json(record.value());

            assertThat(record.key()).isEqualTo(id);
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("source").asText()).isEqualTo("/catalog-service");
            assertThat(event.path("type").asText()).isEqualTo("ally.catalog.collection.published.v1");
            assertThat(event.path("subject").asText()).isEqualTo(id);
            assertThat(event.path("requestid").asText()).isEqualTo("req-" + slug);
            assertThat(UUID.fromString(event.path("id").asText())).isNotNull();
            assertThat(EventReader.schemaErrors(record.value())).isEmpty();
            assertThat(new String(record.headers().lastHeader("content-type").value()))
                    .isEqualTo("application/cloudevents+json");
        }
    }

    @Test
    void aRolledBackChangeLeavesNoEvent() {
        // The duplicate slug fails after the check; nothing of it may reach the outbox.
        long before = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"slug\": \"Bad Slug\", \"name\": \"x\"}")
                .when().post("/admin/collections").then().statusCode(400);
        long after = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
        assertThat(after).isEqualTo(before);
    }
}
