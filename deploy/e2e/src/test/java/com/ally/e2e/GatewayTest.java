package com.ally.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.restassured.response.Response;

import static com.ally.e2e.Gateway.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The gateway routes to every service and answers its own errors as problem+json. */
class GatewayTest {

    static Stream<String> services() {
        return Stream.of("catalog", "fit", "orders", "content");
    }

    @ParameterizedTest
    @MethodSource("services")
    void reachesEveryServiceAndItsOpenApiDocument(String service) {
        api().when().get("/api/" + service + "/openapi")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("openapi", notNullValue())
                .body("info.title", containsString(service.equals("orders") ? "order-service" : service + "-service"));
        // An unknown path inside a service is that service's own problem+json.
        api().header("X-Request-Id", "e2e-" + service).when().get("/api/" + service + "/no-such-path")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", "e2e-" + service)
                .body("code", equalTo("NOT_FOUND"))
                .body("requestId", equalTo("e2e-" + service));
    }

    @Test
    void swaggerUiListsAllFourDocuments() {
        api().when().get("/api/docs/").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void madeUpRequestIdIsPassedOnAndEchoed() {
        String id = api().when().get("/api/catalog/collections")
                .then().statusCode(200).header("X-Request-Id", notNullValue())
                .extract().header("X-Request-Id");
        assertThat(id).hasSizeGreaterThan(8);
    }

    @Test
    void unknownRouteAndServiceInternalsAreProblems() {
        api().when().get("/api/nowhere").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND")).body("requestId", notNullValue());
        api().when().get("/api/catalog/q/health").then().statusCode(404).contentType("application/problem+json");
        api().when().get("/api/orders/q/metrics").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void corsPreflightForALocalStorefront() {
        api().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .when().options("/api/orders/carts")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
        api().header("Origin", "https://evil.example").when().get("/api/catalog/collections")
                .then().statusCode(200).header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void largeBodiesAreRefusedAsProblems() {
        api().contentType("application/json").body("{\"x\":\"" + "a".repeat(1_100_000) + "\"}")
                .when().post("/api/catalog/admin/collections")
                .then().statusCode(413).contentType("application/problem+json").body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void jsonIsCompressed() {
        api().header("Accept-Encoding", "gzip").when().get("/api/catalog/openapi")
                .then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
    }

    @Test
    void shopperPostsAreRateLimitedWithAProblem() {
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            answers.add(api().contentType("application/json").body("{}").when().post("/api/fit/recommendations"));
        }
        Response limited = answers.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow(
                () -> new AssertionError("40 quick fit requests were never limited"));
        assertThat(limited.contentType()).isEqualTo("application/problem+json");
        assertThat(limited.header("Retry-After")).isEqualTo("1");
        assertThat(limited.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
        assertThat(answers.get(0).statusCode()).isNotEqualTo(429);
        assertThat(answers.get(0).statusCode()).isNotIn(502, 503, 504);
        api().when().get("/api/catalog/collections").then().statusCode(not(429));
    }
}
