package com.ally.content.post;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.ally.content.support.Fixtures;
import com.ally.content.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ScheduledPublishingTest {

    @Inject
    PostService posts;

    @Test
    void theSchedulerPublishesAPostWhenItsTimeComes() {
        String slug = Fixtures.unique("scheduled");
        String id = Fixtures.draft(Fixtures.post(slug, Fixtures.author("Sara", "Head Designer")));
        Instant at = Instant.now().plusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Fixtures.schedule(id, at);
        given().auth().oauth2(Tokens.editor()).when().get("/admin/posts/" + id)
                .then().statusCode(200).body("status", equalTo("SCHEDULED"));
        given().when().get("/posts/" + slug).then().statusCode(404);
        // The %test scheduler runs every second.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/posts/" + slug)
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedAt", equalTo(at.toString())));
    }

    @Test
    void theJobPublishesOnlyWhatIsDue() {
        Map<String, Object> later = Fixtures.post(Fixtures.unique("later"), Fixtures.author("Sam", "CEO"));
        String id = Fixtures.draft(later);
        Fixtures.schedule(id, Instant.now().plus(Duration.ofDays(1)));
        posts.publishDue(Instant.now());
        given().auth().oauth2(Tokens.editor()).when().get("/admin/posts/" + id)
                .then().statusCode(200).body("status", equalTo("SCHEDULED"));
        assertThat(posts.publishDue(Instant.now().plus(Duration.ofDays(2)))).isPositive();
        given().auth().oauth2(Tokens.editor()).when().get("/admin/posts/" + id)
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().when().get("/posts/" + later.get("slug")).then().statusCode(200);
    }
}
