package com.ally.catalog.collection;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import com.ally.catalog.support.Catalog;
import com.ally.catalog.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Ordered membership: add, move, remove, replace; shoppers see the public members in order. */
@QuarkusTest
class CollectionMembershipTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String collection(String... styleSlugs) {
        String slug = "members-" + Catalog.unique();
        String members = styleSlugs.length == 0 ? "" : ", \"styleSlugs\": [\"" + String.join("\", \"", styleSlugs) + "\"]";
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"slug\": \"" + slug + "\", \"name\": \"Members\"" + members + "}")
                .when().post("/admin/collections").then().statusCode(201)
                .body("styleSlugs", hasSize(styleSlugs.length));
        return slug;
    }

    @Test
    void membersKeepTheirOrderAndShoppersSeeOnlyPublicOnes() {
        Catalog.Made a = Catalog.published("ma");
        Catalog.Made b = Catalog.published("mb");
        Catalog.Made draft = Catalog.draft("md");
        String slug = collection(b.slug(), draft.slug(), a.slug());
        given().when().get("/collections/" + slug)
                .then().statusCode(200).body("styles.slug", contains(b.slug(), a.slug()))
                .body("styles[0].fromPrice.amount", equalTo(19500));
        given().auth().oauth2(Tokens.admin()).when().get("/admin/collections/" + slug)
                .then().statusCode(200).body("styleSlugs", contains(b.slug(), draft.slug(), a.slug()));
    }

    @Test
    void addMoveAndRemoveStyles() {
        Catalog.Made a = Catalog.published("aa");
        Catalog.Made b = Catalog.published("ab");
        Catalog.Made c = Catalog.published("ac");
        String slug = collection(a.slug(), b.slug());
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"styleSlug\": \"" + c.slug() + "\", \"position\": 0}")
                .when().post("/admin/collections/" + slug + "/styles")
                .then().statusCode(200).body("styleSlugs", contains(c.slug(), a.slug(), b.slug()));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"styleSlug\": \"" + c.slug() + "\"}")
                .when().post("/admin/collections/" + slug + "/styles")
                .then().statusCode(200).body("styleSlugs", contains(a.slug(), b.slug(), c.slug()));
        given().auth().oauth2(Tokens.admin()).when().delete("/admin/collections/" + slug + "/styles/" + a.slug())
                .then().statusCode(200).body("styleSlugs", contains(b.slug(), c.slug()));
        given().auth().oauth2(Tokens.admin()).when().delete("/admin/collections/" + slug + "/styles/" + a.slug())
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"styleSlug\": \"no-such-style\"}")
                .when().post("/admin/collections/" + slug + "/styles")
                .then().statusCode(400).body("errors[0].field", equalTo("styleSlug"));
    }

    @Test
    void updateReordersWithIfMatchAndRefusesStaleVersions() {
        Catalog.Made a = Catalog.published("ua");
        Catalog.Made b = Catalog.published("ub");
        String slug = collection(a.slug(), b.slug());
        String etag = given().auth().oauth2(Tokens.admin()).when().get("/admin/collections/" + slug)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(Tokens.admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"name\": \"Renamed\", \"description\": \"New order\", \"styleSlugs\": [\"" + b.slug() + "\", \"" + a.slug() + "\"]}")
                .when().put("/admin/collections/" + slug)
                .then().statusCode(200).body("name", equalTo("Renamed")).body("styleSlugs", contains(b.slug(), a.slug()));
        given().auth().oauth2(Tokens.admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"name\": \"Stale\"}")
                .when().put("/admin/collections/" + slug)
                .then().statusCode(412).contentType("application/problem+json").body("code", equalTo("PRECONDITION_FAILED"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\": \"X\", \"styleSlugs\": [\"" + a.slug() + "\", \"nope\", \"" + a.slug() + "\"]}")
                .when().put("/admin/collections/" + slug)
                .then().statusCode(400).body("errors.field", contains("styleSlugs[1]", "styleSlugs[2]"));
        given().when().get("/collections/" + slug).then().statusCode(200).body("name", equalTo("Renamed"))
                .body("styles.slug", contains(b.slug(), a.slug()));
    }

    @Test
    void aStyleNamesItsCollections() {
        String first = collection();
        String second = collection();
        Catalog.Made style = Catalog.published("in");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"collections\": [\"" + first + "\", \"" + second + "\"]}")
                .when().patch("/admin/styles/" + style.slug())
                .then().statusCode(200).body("collections", hasSize(2));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"collections\": [\"" + second + "\"]}")
                .when().patch("/admin/styles/" + style.slug())
                .then().statusCode(200).body("collections", contains(second));
        given().when().get("/collections/" + first).then().body("styles", hasSize(0));
        given().when().get("/collections/" + second).then().body("styles.slug", contains(style.slug()));
    }

    @Test
    void adminCollectionWritesNeedTheRole() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\"}").when().put("/admin/collections/x")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.customer()).contentType(ContentType.JSON).body("{\"name\": \"x\"}")
                .when().put("/admin/collections/x").then().statusCode(403);
        given().auth().oauth2(Tokens.customer()).contentType(ContentType.JSON).body("{\"styleSlug\": \"x\"}")
                .when().post("/admin/collections/x/styles").then().statusCode(403);
        given().when().delete("/admin/collections/x/styles/y").then().statusCode(401);
        given().auth().oauth2(Tokens.customer()).when().get("/admin/collections/x").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"name\": \"x\"}")
                .when().put("/admin/collections/no-such-collection").then().statusCode(404);
    }
}
