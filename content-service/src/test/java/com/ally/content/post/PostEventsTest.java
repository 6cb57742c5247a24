package com.ally.content.post;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.fasterxml.jackson.databind.JsonNode;

import com.ally.content.support.EventReader;
import com.ally.content.support.Fixtures;
import com.ally.content.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Published, updated and archived posts reach Kafka as CloudEvents that match their schemas. */
@QuarkusTest
class PostEventsTest {

    @Test
    void theLifecycleOfAPostIsAnnounced() {
        String slug = Fixtures.unique("events");
        Map<String, Object> body = Fixtures.post(slug, Fixtures.author("Dr. Clarke", "Chief Science Officer"));
        body.put("styleSlugs", List.of("forever-flat"));
        body.put("collectionSlugs", List.of("forever-flats"));
        try (EventReader reader = new EventReader("content.post")) {
            String id = Fixtures.draft(body);
            given().auth().oauth2(Tokens.editor()).header("X-Request-Id", "req-" + slug).contentType("application/json")
                    .body("{\"target\": \"PUBLISHED\"}")
                    .when().post("/admin/posts/" + id + "/transitions").then().statusCode(200);
            body.put("title", "Revised " + slug);
            given().auth().oauth2(Tokens.editor()).contentType("application/json").header("If-Match", "\"1\"")
                    .body(Fixtures.json(body)).when().put("/admin/posts/" + id).then().statusCode(200);
            Fixtures.transition(id, "ARCHIVED");

            ConsumerRecord<String, String> published = reader.first(e -> is(e, "published", slug));
            JsonNode event = EventReader.json(published.value());
            assertThat(published.key()).isEqualTo(id);
            assertThat(event.path("subject").asText()).isEqualTo(id);
            assertThat(event.path("source").asText()).isEqualTo("/content-service");
            assertThat(event.path("requestid").asText()).isEqualTo("req-" + slug);
            assertThat(event.at("/data/authors/0/role").asText()).isEqualTo("Chief Science Officer");
            assertThat(event.at("/data/styleSlugs/0").asText()).isEqualTo("forever-flat");
            assertThat(event.at("/data/url").asText()).endsWith("/" + slug);
            assertThat(event.at("/data/body").isMissingNode()).isTrue();
            assertThat(EventReader.schemaErrors(published.value())).isEmpty();

            ConsumerRecord<String, String> updated = reader.first(e -> is(e, "updated", slug));
            assertThat(EventReader.json(updated.value()).at("/data/title").asText()).isEqualTo("Revised " + slug);
            assertThat(EventReader.schemaErrors(updated.value())).isEmpty();

            ConsumerRecord<String, String> archived = reader.first(e -> is(e, "archived", slug));
            assertThat(EventReader.schemaErrors(archived.value())).isEmpty();
            assertThat(published.offset()).isLessThan(updated.offset());
            assertThat(updated.offset()).isLessThan(archived.offset());
        }
    }

    @Test
    void aDraftEditIsNotAnnounced() {
        String slug = Fixtures.unique("quiet");
        Map<String, Object> body = Fixtures.post(slug, Fixtures.author("Sam", "CEO"));
        try (EventReader reader = new EventReader("content.post")) {
            String id = Fixtures.draft(body);
            body.put("title", "Still a draft");
            given().auth().oauth2(Tokens.editor()).contentType("application/json").header("If-Match", "\"0\"")
                    .body(Fixtures.json(body)).when().put("/admin/posts/" + id).then().statusCode(200);
            Fixtures.transition(id, "PUBLISHED");
            ConsumerRecord<String, String> first = reader.first(e -> e.at("/data/slug").asText().equals(slug));
            assertThat(EventReader.json(first.value()).path("type").asText()).isEqualTo("ally.content.post.published.v1");
        }
    }

    private static boolean is(JsonNode event, String verb, String slug) {
        return event.path("type").asText().equals("ally.content.post." + verb + ".v1")
                && event.at("/data/slug").asText().equals(slug);
    }
}
