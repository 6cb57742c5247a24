package com.ally.content.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import com.ally.content.outbox.OutboxEvent;
import com.ally.content.support.Fixtures;
import com.ally.content.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Races settled by the database: one winner, the others told why, nothing done twice. */
@QuarkusTest
class PostConcurrencyTest {

    private static final int THREADS = 6;

    private static List<Integer> race(Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void editorsPublishingTheSameVersionAtOnceMakeOnePublishedEvent() throws Exception {
        String slug = Fixtures.unique("race");
        String id = Fixtures.draft(Fixtures.post(slug, Fixtures.author("Sam", "CEO")));
        List<Integer> statuses = race(() -> given().auth().oauth2(Tokens.editor()).contentType("application/json")
                .header("If-Match", "\"0\"").body("{\"target\": \"PUBLISHED\"}")
                .when().post("/admin/posts/" + id + "/transitions").then().extract().statusCode());
        assertThat(statuses).isSubsetOf(200, 412, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        long published = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count(
                "aggregateId = ?1 and type = ?2", id, "ally.content.post.published.v1"));
        assertThat(published).isEqualTo(1);
    }

    @Test
    void concurrentCreatesWithOneIdempotencyKeyMakeOnePost() throws Exception {
        String slug = Fixtures.unique("race-idem");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.post(slug, Fixtures.author("Sam", "CEO"));
        List<Integer> statuses = race(() -> given().auth().oauth2(Tokens.editor()).contentType("application/json")
                .header("Idempotency-Key", key).body(Fixtures.json(body))
                .when().post("/admin/posts").then().extract().statusCode());
        assertThat(statuses).containsOnly(201);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Post.count("slug", slug))).isEqualTo(1);
    }

    @Test
    void concurrentCreatesOfOneSlugMakeOnePost() throws Exception {
        String slug = Fixtures.unique("race-slug");
        Map<String, Object> body = Fixtures.post(slug, Fixtures.author("Sam", "CEO"));
        List<Integer> statuses = race(() -> given().auth().oauth2(Tokens.editor()).contentType("application/json")
                .body(Fixtures.json(body)).when().post("/admin/posts").then().extract().statusCode());
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Post.count("slug", slug))).isEqualTo(1);
    }
}
