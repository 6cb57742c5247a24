package com.ally.catalog.platform;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import com.ally.catalog.support.Tokens;

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
        given().header("X-Request-Id", "req-echo-1").when().get("/collections")
                .then().statusCode(200).header("X-Request-Id", "req-echo-1");
        given().when().get("/collections").then().statusCode(200).header("X-Request-Id", notNullValue());
    }

    @Test
    void malformedJsonIsAProblemNamingTheBody() {
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"slug\": \"x\",")
                .when().post("/admin/collections")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_JSON"))
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void validationFailureNamesEachField() {
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"slug\": \"Not A Slug\", \"name\": \"\"}")
                .when().post("/admin/collections")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("slug"))
                .body("errors.field", hasItem("name"))
                .body("detail", equalTo("2 fields are invalid"));
    }

    @Test
    void unknownFieldIsRefusedByName() {
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"slug\": \"a\", \"name\": \"A\", \"colour\": \"red\"}")
                .when().post("/admin/collections")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("UNKNOWN_FIELD"))
                .body("errors[0].field", equalTo("colour"));
    }

    @Test
    void wrongContentTypeIs415() {
        given().auth().oauth2(Tokens.admin()).contentType("text/plain").body("slug=a")
                .when().post("/admin/collections")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void writesNeedATokenAndTheRightRole() {
        String body = "{\"slug\": \"auth-check\", \"name\": \"Auth check\"}";
        given().contentType("application/json").body(body)
                .when().post("/admin/collections")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHORIZED"));
        given().auth().oauth2("not.a.jwt").contentType("application/json").body(body)
                .when().post("/admin/collections")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.customer()).contentType("application/json").body(body)
                .when().post("/admin/collections")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        given().when().get("/collections/auth-check").then().statusCode(404);
    }

    @Test
    void badPageSizeIsAProblemNamingLimit() {
        given().when().get("/collections?limit=101")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
        given().when().get("/collections?cursor=%%%")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void openApiDocumentsEndpointsAndProblems() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/admin/collections"))
                .body("paths.'/admin/collections'.post.responses", hasKey("401"))
                .body("paths.'/admin/collections'.post.responses", hasKey("409"))
                .body("components.schemas", hasKey("Problem"));
    }

    @Test
    void metricsArePrometheus() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
