package com.ally.catalog.audit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import com.ally.catalog.support.Catalog;
import com.ally.catalog.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class AuditResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void everyChangeNamesItsActorNewestFirst() {
        Catalog.Made style = Catalog.published("audit");
        given().auth().oauth2(Tokens.of("catalog-admin", "admin-bea")).when().post("/admin/styles/" + style.slug() + "/retire")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).when().get("/admin/audit?entity=style&entityId=" + style.id())
                .then().statusCode(200)
                .body("items.action", contains("style.retired", "style.published", "colourway.added", "style.created"))
                .body("items[0].actor", equalTo("admin-bea"))
                .body("items[1].actor", equalTo("admin-ada"))
                .body("items.at", everyItem(notNullValue()));
        String cursor = given().auth().oauth2(Tokens.admin()).when().get("/admin/audit?entity=style&entityId=" + style.id() + "&limit=3")
                .then().statusCode(200).body("items", hasSize(3)).extract().path("nextCursor");
        given().auth().oauth2(Tokens.admin()).when().get("/admin/audit?entity=style&entityId=" + style.id() + "&limit=3&cursor=" + cursor)
                .then().statusCode(200).body("items.action", contains("style.created"));
    }

    @Test
    void theLogIsForAdminsOnly() {
        given().when().get("/admin/audit").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.customer()).when().get("/admin/audit").then().statusCode(403);
    }
}
