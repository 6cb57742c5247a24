package com.ally.fit.sizing;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class SizeChartResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theChartIsPublicAndCacheable() {
        String etag = given().when().get("/size-chart")
                .then().statusCode(200).contentType("application/json")
                .header("ETag", notNullValue())
                .header("Cache-Control", containsString("max-age"))
                .body("standard", containsString("Brannock"))
                .body("sizes", hasSize(17))
                .body("sizes[0].us", equalTo(4.0f))
                .body("sizes[7].us", equalTo(7.5f))
                .body("sizes[7].footLength.inches", equalTo(9.0f))
                .body("sizes[7].footLength.cm", equalTo(22.86f))
                .body("sizes[7].uk", equalTo(5.5f))
                .body("sizes[7].eu", equalTo(38.0f))
                .body("sizes[7].mondopointMm", equalTo(229))
                .body("sizes[7].widths", hasSize(4))
                .body("sizes[7].widths[2].width", equalTo("WIDE"))
                .body("sizes[7].widths[2].letter", equalTo("D"))
                .body("sizes[7].widths[2].ballWidth.minInches", equalTo(3.75f))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/size-chart").then().statusCode(304);
    }

    @Test
    void onlyGetIsAllowed() {
        given().contentType("application/json").body("{}").when().post("/size-chart")
                .then().statusCode(405).contentType("application/problem+json").body("code", equalTo("METHOD_NOT_ALLOWED"));
    }
}
