package com.ally.content.platform;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** What every service promises: health, problem+json for every error, request ids, security, docs. */
@QuarkusTest
class PlatformResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void readinessChecksTheDatabaseAndTheBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void unknownRouteIsAProblem() {
        given().header("X-Request-Id", "req-unknown-1")
                .when().get("/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", "req-unknown-1")
                .body("code", equalTo("NOT_FOUND"))
                .body("requestId", equalTo("req-unknown-1"));
    }

    @Test
    void openApiDocumentsTheEndpoints() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/posts"))
                .body("paths", hasKey("/admin/posts/{id}/transitions"))
                .body("paths", hasKey("/admin/comments/{id}/approve"))
                .body("paths", hasKey("/feeds/atom"))
                .body("paths.'/admin/posts'.post.responses", hasKey("409"))
                .body("paths.'/admin/posts'.post.responses", hasKey("401"));
    }

    @Test
    void metricsArePrometheus() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
