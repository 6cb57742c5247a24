package com.ally.catalog.idempotency;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import com.ally.catalog.support.Catalog;
import com.ally.catalog.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Every admin create takes an Idempotency-Key: a retry with the same key and body gets the first
 * answer again without creating anything twice; the same key with another body is 422.
 */
@QuarkusTest
class IdempotentCreatesTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static ExtractableResponse<Response> post(String path, String key, String body) {
        var request = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post(path).then().extract();
    }

    private static void assertReused(ExtractableResponse<Response> answer) {
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getString("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(answer.jsonPath().getString("errors[0].field")).isEqualTo("Idempotency-Key");
    }

    @Test
    void aRetriedStyleCreateReplaysTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        String slug = "idem-" + Catalog.unique();
        String body = Catalog.styleJson(slug, Catalog.code(), "Idempotent Heel", "Made once", "HEEL", 3.0);
        var first = post("/admin/styles", key, body);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(first.header("ETag")).isEqualTo("\"0\"");

        // The same body, spaced differently: the same request. Without the key it would be 409 DUPLICATE_SLUG.
        var again = post("/admin/styles", key, body.replace("\n", " ").replace(": ", ":"));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.header("Location")).endsWith("/admin/styles/" + slug);
        assertThat(again.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(again.asString()).isEqualTo(first.asString());

        assertReused(post("/admin/styles", key, body.replace("Made once", "Made twice")));
        assertThat(post("/admin/styles", null, body).statusCode()).isEqualTo(409);
        given().auth().oauth2(Tokens.admin()).when().get("/admin/audit?entity=style&entityId=" + first.jsonPath().getString("id"))
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aRetriedColourwayCreateAddsOneColourway() {
        Catalog.Made style = Catalog.draft("idemcw");
        Catalog.Made other = Catalog.draft("idemcw");
        String key = UUID.randomUUID().toString();
        String body = Catalog.colourwayJson("BLK", "BLACK", 19500, "\"sizes\": [9], \"widths\": [\"WIDE\"]");
        var first = post("/admin/styles/" + style.slug() + "/colourways", key, body);
        assertThat(first.statusCode()).isEqualTo(201);
        var again = post("/admin/styles/" + style.slug() + "/colourways", key, body);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.header("ETag")).isNull(); // the style may have changed since: GET it for its version
        assertThat(again.asString()).isEqualTo(first.asString());
        given().auth().oauth2(Tokens.admin()).when().get("/admin/styles/" + style.slug())
                .then().statusCode(200).body("colourways", hasSize(1)).body("colourways[0].skus", hasSize(1));

        assertReused(post("/admin/styles/" + style.slug() + "/colourways", key,
                Catalog.colourwayJson("BLK", "BLACK", 21500, "\"sizes\": [9], \"widths\": [\"WIDE\"]")));
        // The key belongs to the style it was sent for.
        assertReused(post("/admin/styles/" + other.slug() + "/colourways", key, body));
        given().auth().oauth2(Tokens.admin()).when().get("/admin/styles/" + other.slug())
                .then().statusCode(200).body("colourways", hasSize(0));
    }

    @Test
    void aRetriedCollectionCreateReplaysTheFirstAnswer() {
        Catalog.Made style = Catalog.published("idemcol");
        String key = UUID.randomUUID().toString();
        String slug = "idem-" + Catalog.unique();
        String body = "{\"slug\": \"" + slug + "\", \"name\": \"Idempotent\", \"styleSlugs\": [\"" + style.slug() + "\"]}";
        var first = post("/admin/collections", key, body);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("ETag")).isNotNull();
        var again = post("/admin/collections", key, body);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.header("Location")).endsWith("/collections/" + slug);
        assertThat(again.asString()).isEqualTo(first.asString());
        assertReused(post("/admin/collections", key, body.replace("Idempotent", "Another")));
        assertThat(post("/admin/collections", null, body).statusCode()).isEqualTo(409);
    }

    @Test
    void keysAreScopedToTheKindOfCreateAndMustBeSensible() {
        String key = UUID.randomUUID().toString();
        String slug = "idem-" + Catalog.unique();
        assertThat(post("/admin/styles", key, Catalog.styleJson(slug, Catalog.code(), "Scoped", "", "FLAT", 0.6))
                .statusCode()).isEqualTo(201);
        // The same key on a collection create is another key: it creates.
        assertThat(post("/admin/collections", key, "{\"slug\": \"" + slug + "\", \"name\": \"Scoped\"}").statusCode())
                .isEqualTo(201);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).header("Idempotency-Key", "k".repeat(201))
                .body("{\"slug\": \"idem-" + Catalog.unique() + "\", \"name\": \"Long key\"}")
                .when().post("/admin/collections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key")).body("errors[1]", nullValue());
    }
}
