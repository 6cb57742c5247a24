package com.ally.fit.profile;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import com.ally.fit.support.EventWriter;
import com.ally.fit.support.Events;
import com.ally.fit.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class FitProfileResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static final String PROFILE = """
            {"feet": {"unit": "CM", "left": {"length": 24.3, "width": 10.2}},
             "referenceShoes": [{"brand": "Clarks", "size": 9, "width": "WIDE", "fit": "RIGHT"}],
             "fitPreference": "REGULAR", "conditions": ["BUNIONS"]}
            """;

    @Inject
    EntityManager em;

    @Test
    void aCustomerSavesReadsChangesAndDeletesTheirOwnProfile() {
        String me = "customer-" + UUID.randomUUID();
        String token = Tokens.customer(me);
        given().auth().oauth2(token).when().get("/fit-profile")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(token).contentType("application/json").body(PROFILE).when().put("/fit-profile")
                .then().statusCode(200).body("feet.left.length", equalTo(24.3f)).body("conditions[0]", equalTo("BUNIONS"))
                .body("updatedAt", notNullValue());
        given().auth().oauth2(token).when().get("/fit-profile")
                .then().statusCode(200).body("referenceShoes[0].brand", equalTo("Clarks"));
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"feet\": {\"unit\": \"IN\", \"right\": {\"length\": 9}}, \"fitPreference\": \"ROOMY\"}")
                .when().put("/fit-profile")
                .then().statusCode(200).body("fitPreference", equalTo("ROOMY"));
        given().auth().oauth2(token).when().get("/fit-profile")
                .then().statusCode(200).body("feet.unit", equalTo("IN")).body("referenceShoes", org.hamcrest.Matchers.nullValue());

        given().auth().oauth2(token).when().delete("/fit-profile").then().statusCode(204);
        assertThat(rows(me)).isZero();
        given().auth().oauth2(token).when().get("/fit-profile").then().statusCode(404);
        given().auth().oauth2(token).when().delete("/fit-profile").then().statusCode(404);
    }

    @Test
    void anotherCustomerNeverSeesIt() {
        String owner = Tokens.customer("customer-" + UUID.randomUUID());
        String other = Tokens.customer("customer-" + UUID.randomUUID());
        given().auth().oauth2(owner).contentType("application/json").body(PROFILE).when().put("/fit-profile").then().statusCode(200);
        given().auth().oauth2(other).when().get("/fit-profile").then().statusCode(404);
        given().auth().oauth2(other).when().delete("/fit-profile").then().statusCode(404);
        given().auth().oauth2(owner).when().get("/fit-profile").then().statusCode(200);
    }

    @Test
    void theSavedProfileRecommendsForAStyleBySlug() {
        String slug = "profile-style-" + UUID.randomUUID().toString().substring(0, 8);
        try (EventWriter events = new EventWriter()) {
            events.send("catalog.style", Events.stylePublished(UUID.randomUUID(), slug, 0.6, List.of("STRETCH_LEATHER_UPPER"), List.of()));
        }
        String token = Tokens.customer("customer-" + UUID.randomUUID());
        given().auth().oauth2(token).when().get("/styles/" + slug + "/recommendation")
                .then().statusCode(404).body("code", equalTo("PROFILE_NOT_FOUND"));
        given().auth().oauth2(token).contentType("application/json").body(PROFILE).when().put("/fit-profile").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(token)
                .when().get("/styles/" + slug + "/recommendation")
                .then().statusCode(200).body("style", equalTo(slug)).body("size", equalTo(9.0f))
                .body("width", equalTo("EXTRA_WIDE")).body("reasoning", containsString("bunions")));
        given().auth().oauth2(token).when().get("/styles/no-such-style/recommendation")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void aBadProfileNamesTheField() {
        String token = Tokens.customer("customer-" + UUID.randomUUID());
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"feet\": {\"unit\": \"CM\", \"left\": {\"length\": 12}}}").when().put("/fit-profile")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("feet.left.length"));
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"feet\": {\"unit\": \"CM\", \"left\": {\"length\": 24}}, \"style\": \"x\"}").when().put("/fit-profile")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_FIELD")).body("errors[0].field", equalTo("style"));
    }

    @Test
    void profilesNeedACustomerToken() {
        given().when().get("/fit-profile").then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHORIZED"));
        given().contentType("application/json").body(PROFILE).when().put("/fit-profile").then().statusCode(401);
        given().when().delete("/fit-profile").then().statusCode(401);
        given().when().get("/styles/any/recommendation").then().statusCode(401);
        given().auth().oauth2("not.a.jwt").when().get("/fit-profile").then().statusCode(401);
        String ops = Tokens.admin();
        given().auth().oauth2(ops).when().get("/fit-profile").then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(ops).contentType("application/json").body(PROFILE).when().put("/fit-profile").then().statusCode(403);
        given().auth().oauth2(ops).when().delete("/fit-profile").then().statusCode(403);
        given().auth().oauth2(ops).when().get("/styles/any/recommendation").then().statusCode(403);
    }

    private long rows(String customerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from fit_profile where customer_id = ?1").setParameter(1, customerId)
                .getSingleResult()).longValue());
    }
}
