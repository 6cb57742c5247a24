package com.ally.fit.platform;

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
    void requestIdIsEchoedOrMade() {
        given().header("X-Request-Id", "req-echo-1").when().get("/size-chart")
                .then().statusCode(200).header("X-Request-Id", "req-echo-1");
        given().when().get("/size-chart").then().statusCode(200).header("X-Request-Id", notNullValue());
    }

    @Test
    void openApiDocumentsEndpointsAndProblems() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/size-chart"))
                .body("paths", hasKey("/recommendations"))
                .body("paths", hasKey("/styles/{slug}/fit-summary"))
                .body("paths", hasKey("/styles/{slug}/recommendation"))
                .body("paths.'/recommendations'.post.responses", hasKey("422"))
                .body("paths.'/fit-profile'.put.responses", hasKey("401"))
                .body("paths.'/fit-profile'.put.responses", hasKey("403"))
                .body("paths.'/fit-profile'.delete.responses", hasKey("404"))
                .body("components.schemas", hasKey("Problem"));
    }

    @Test
    void metricsArePrometheus() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
