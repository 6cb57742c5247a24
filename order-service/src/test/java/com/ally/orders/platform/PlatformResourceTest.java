package com.ally.orders.platform;

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
    void theOpenApiDocumentDescribesEveryEndpoint() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/carts"))
                .body("paths", hasKey("/carts/{id}/lines/{sku}"))
                .body("paths", hasKey("/orders"))
                .body("paths", hasKey("/orders/{id}"))
                .body("paths", hasKey("/orders/{orderId}/returns"))
                .body("paths", hasKey("/payments/webhook"))
                .body("paths", hasKey("/admin/orders"))
                .body("paths", hasKey("/admin/orders/{id}/ship"))
                .body("paths", hasKey("/admin/returns/{id}/receive"))
                .body("paths", hasKey("/admin/returns/{id}/replacement-shipment"))
                .body("paths.'/admin/returns/{id}/replacement-shipment'.post.responses", hasKey("409"))
                .body("paths.'/admin/returns/{id}/replacement-shipment'.post.responses", hasKey("404"))
                .body("paths.'/admin/returns/{id}/replacement-shipment'.post.responses", hasKey("403"))
                .body("paths.'/admin/returns/{id}/replacement-shipment'.post.requestBody.content.'application/json'.examples",
                        hasKey("tracking"))
                .body("paths.'/admin/returns/{id}/replacement-shipment'.post.responses.'200'.content.'application/json'"
                        + ".examples.shipped.value.replacementStatus", equalTo("SHIPPED"))
                .body("paths.'/admin/returns/{id}/replacement-shipment'.post.responses.'409'.content.'application/problem+json'"
                        + ".examples.alreadyShipped.value.code", equalTo("ILLEGAL_TRANSITION"))
                .body("paths.'/orders'.post.responses", hasKey("422"))
                .body("paths.'/admin/orders/{id}/ship'.post.responses", hasKey("409"))
                .body("components.schemas", hasKey("Problem"));
    }

    @Test
    void metricsArePrometheus() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
