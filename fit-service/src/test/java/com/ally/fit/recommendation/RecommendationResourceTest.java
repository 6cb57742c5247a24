package com.ally.fit.recommendation;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RecommendationResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body).when().post("/recommendations").then();
    }

    @Test
    void aMeasuredFootGetsASizeAWidthAndReasonsWithoutAToken() {
        post("""
                {"feet": {"unit": "CM", "left": {"length": 24.1, "width": 10.2}, "right": {"length": 24.3}},
                 "fitPreference": "REGULAR"}
                """)
                .statusCode(200).contentType("application/json")
                .body("size", equalTo(9.0f))
                .body("width", equalTo("WIDE"))
                .body("confidence", greaterThan(0f))
                .body("confidence", lessThanOrEqualTo(1f))
                .body("runnerUp.size", notNullValue())
                .body("reasoning", containsString("Your longer foot (right, 24.3 cm) is a US 9"))
                .body("suggestedStyles", nullValue());
    }

    @Test
    void referenceShoesAloneAreEnough() {
        post("""
                {"referenceShoes": [{"brand": "Nike", "size": 8, "width": "MEDIUM", "fit": "RIGHT"},
                                    {"brand": "Acme", "size": 7.5, "fit": "RIGHT"}]}
                """)
                .statusCode(200).body("size", equalTo(7.5f)).body("width", equalTo("MEDIUM"))
                .body("reasoning", containsString("Nike runs half a size small"));
    }

    @Test
    void aLengthOutOfRangeNamesTheFoot() {
        post("{\"feet\": {\"unit\": \"CM\", \"left\": {\"length\": 40}}}")
                .statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("feet.left.length"));
        post("{\"feet\": {\"unit\": \"IN\", \"right\": {\"length\": 24.3}}}")
                .statusCode(400).body("errors[0].field", equalTo("feet.right.length"))
                .body("errors[0].message", containsString("in"));
    }

    @Test
    void negativeAndMissingNumbersNameTheirField() {
        post("{\"feet\": {\"unit\": \"CM\", \"left\": {\"length\": -24}}}")
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("feet.left.length"));
        post("{\"feet\": {\"unit\": \"CM\", \"left\": {\"width\": 9}}}")
                .statusCode(400).body("errors.field", hasItem("feet.left.length"));
        post("{\"feet\": {\"unit\": \"CM\", \"left\": {\"length\": 24, \"width\": -1}}}")
                .statusCode(400).body("errors.field", hasItem("feet.left.width"));
        post("{\"referenceShoes\": [{\"brand\": \"Nike\", \"fit\": \"RIGHT\"}]}")
                .statusCode(400).body("errors.field", hasItem("referenceShoes[0].size"));
        post("{\"feet\": {\"left\": {\"length\": 24}}}")
                .statusCode(400).body("errors.field", hasItem("feet.unit"));
        post("{}").statusCode(400).body("errors[0].field", equalTo("feet"));
    }

    @Test
    void unknownUnitsConditionsAndFitsNameTheirField() {
        post("{\"feet\": {\"unit\": \"MM\", \"left\": {\"length\": 243}}}")
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("feet.unit"));
        post("{\"feet\": {\"unit\": \"CM\", \"left\": {\"length\": 24}}, \"conditions\": [\"BUNIONS\", \"GOUT\"]}")
                .statusCode(400).body("errors[0].field", equalTo("conditions[1]"));
        post("{\"feet\": {\"unit\": \"CM\", \"left\": {\"length\": 24}}, \"fitPreference\": \"TIGHT\"}")
                .statusCode(400).body("errors[0].field", equalTo("fitPreference"));
        post("{\"feet\": {\"unit\": \"CM\", \"left\": {\"length\": 24}}, \"shoeSize\": 8}")
                .statusCode(400).body("code", equalTo("UNKNOWN_FIELD")).body("errors[0].field", equalTo("shoeSize"));
    }

    @Test
    void anUnknownStyleIsNamed() {
        post("{\"feet\": {\"unit\": \"CM\", \"left\": {\"length\": 24}}, \"style\": \"no-such-style\"}")
                .statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("UNKNOWN_STYLE")).body("errors[0].field", equalTo("style"));
        post("{\"feet\": {\"unit\": \"CM\", \"left\": {\"length\": 24}}, \"style\": \"Not A Slug\"}")
                .statusCode(400).body("errors[0].field", equalTo("style"));
    }

    @Test
    void aFootLongerThanWeMakeIsNoSizeFits() {
        post("{\"feet\": {\"unit\": \"CM\", \"left\": {\"length\": 30}}}")
                .statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("NO_SIZE_FITS")).body("errors[0].field", equalTo("feet"));
    }

    @Test
    void theBodyMustBeJson() {
        given().contentType("text/plain").body("24 cm").when().post("/recommendations")
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType("application/json").body("{\"feet\": ").when().post("/recommendations")
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
    }
}
