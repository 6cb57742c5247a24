package com.ally.content.author;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import com.ally.content.support.Fixtures;
import com.ally.content.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class AuthorResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anEditorCreatesAnAuthorEveryoneCanRead() {
        String slug = Fixtures.unique("clarke");
        given().auth().oauth2(Tokens.editor()).contentType("application/json")
                .body(Map.of("slug", slug, "name", "Dr. Clarke", "role", "Chief Science Officer", "bio", "Insoles."))
                .when().post("/admin/authors")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/authors/" + slug))
                .body("role", equalTo("Chief Science Officer"));
        String etag = given().when().get("/authors/" + slug)
                .then().statusCode(200).header("ETag", notNullValue()).body("name", equalTo("Dr. Clarke"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/authors/" + slug).then().statusCode(304);
        given().when().get("/authors?limit=100").then().statusCode(200).body("items.slug", hasItem(slug));
    }

    @Test
    void writesNeedAnEditor() {
        Map<String, String> body = Map.of("slug", Fixtures.unique("x"), "name", "X", "role", "CEO");
        given().contentType("application/json").body(body).when().post("/admin/authors")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHORIZED"));
        given().auth().oauth2(Tokens.moderator()).contentType("application/json").body(body).when().post("/admin/authors")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        given().contentType("application/json").header("If-Match", "\"0\"").body(body).when().put("/admin/authors/sara")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.customer()).contentType("application/json").header("If-Match", "\"0\"").body(body)
                .when().put("/admin/authors/sara").then().statusCode(403);
        given().when().get("/admin/authors/sara").then().statusCode(401);
        given().auth().oauth2(Tokens.customer()).when().get("/admin/authors/sara").then().statusCode(403);
    }

    @Test
    void invalidAndDuplicateAuthorsAreProblems() {
        given().auth().oauth2(Tokens.editor()).contentType("application/json")
                .body(Map.of("slug", "Bad Slug", "name", "", "role", "CEO"))
                .when().post("/admin/authors")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("slug")).body("errors.field", hasItem("name"));
        String slug = Fixtures.author("Sam", "CEO");
        given().auth().oauth2(Tokens.editor()).contentType("application/json")
                .body(Map.of("slug", slug, "name", "Sam", "role", "CEO"))
                .when().post("/admin/authors")
                .then().statusCode(409).body("code", equalTo("DUPLICATE_SLUG")).body("errors[0].field", equalTo("slug"));
        given().when().get("/authors/no-such-author").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void anUpdateNeedsTheCurrentVersion() {
        String slug = Fixtures.author("Sara", "Designer");
        Map<String, String> change = Map.of("slug", slug, "name", "Sara", "role", "Head Designer", "bio", "Lasts and heels.");
        given().auth().oauth2(Tokens.editor()).contentType("application/json").body(change)
                .when().put("/admin/authors/" + slug)
                .then().statusCode(428).body("code", equalTo("PRECONDITION_REQUIRED"));
        String etag = given().auth().oauth2(Tokens.editor()).when().get("/admin/authors/" + slug)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.editor()).contentType("application/json").header("If-Match", etag).body(change)
                .when().put("/admin/authors/" + slug)
                .then().statusCode(200).body("role", equalTo("Head Designer"));
        given().auth().oauth2(Tokens.editor()).contentType("application/json").header("If-Match", etag).body(change)
                .when().put("/admin/authors/" + slug)
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
    }
}
