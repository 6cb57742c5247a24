package com.ally.catalog.collection;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import com.ally.catalog.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CollectionResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static String create(String slug) {
        return given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"slug\": \"" + slug + "\", \"name\": \"Bridal " + slug + "\", \"description\": \"White satin\"}")
                .when().post("/admin/collections")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/collections/" + slug))
                .body("slug", equalTo(slug))
                .extract().path("id");
    }

    @Test
    void createdCollectionIsReadableBySlugWithAnETag() {
        String slug = "bridal-" + UUID.randomUUID().toString().substring(0, 8);
        create(slug);
        String etag = given().when().get("/collections/" + slug)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age"))
                .body("name", equalTo("Bridal " + slug))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/collections/" + slug).then().statusCode(304);
    }

    @Test
    void duplicateSlugIsAConflict() {
        String slug = "nude-" + UUID.randomUUID().toString().substring(0, 8);
        create(slug);
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"slug\": \"" + slug + "\", \"name\": \"Again\"}")
                .when().post("/admin/collections")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("DUPLICATE_SLUG"))
                .body("errors[0].field", equalTo("slug"));
    }

    @Test
    void listPagesWithAnOpaqueCursor() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            create("page-" + run + "-" + i);
        }
        String cursor = given().when().get("/collections?limit=1")
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().when().get("/collections?limit=1&cursor=" + cursor)
                .then().statusCode(200).body("items", hasSize(1));
        given().when().get("/collections?limit=100").then().statusCode(200).body("nextCursor", nullValue());
    }

    @Test
    void unknownSlugIs404Problem() {
        given().when().get("/collections/no-such-collection")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
    }
}
