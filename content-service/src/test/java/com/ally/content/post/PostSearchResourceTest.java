package com.ally.content.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import com.ally.content.support.Fixtures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The list marketing tools pull: filters, full-text search, keyset paging and ETags. */
@QuarkusTest
class PostSearchResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void filtersByTagAuthorStyleAndCollection() {
        String tag = Fixtures.unique("tag");
        String style = Fixtures.unique("style");
        String author = Fixtures.author("Dr. Clarke", "Chief Science Officer");
        Map<String, Object> first = Fixtures.post(Fixtures.unique("filter"), author);
        first.put("tags", List.of(tag));
        first.put("styleSlugs", List.of(style));
        first.put("collectionSlugs", List.of("bridal"));
        Map<String, Object> second = Fixtures.post(Fixtures.unique("filter"), Fixtures.author("Sam", "CEO"));
        second.put("tags", List.of(tag));
        String a = Fixtures.published(first).get("slug");
        String b = Fixtures.published(second).get("slug");
        Map<String, Object> draft = Fixtures.post(Fixtures.unique("filter"), author);
        draft.put("tags", List.of(tag));
        Fixtures.draft(draft);

        given().queryParam("tag", tag).when().get("/posts")
                .then().statusCode(200).body("items.slug", contains(b, a));
        given().queryParam("author", author).when().get("/posts")
                .then().statusCode(200).body("items.slug", contains(a))
                .body("items[0].authors[0].role", equalTo("Chief Science Officer"));
        given().queryParam("style", style).when().get("/posts").then().statusCode(200).body("items.slug", contains(a));
        given().queryParam("tag", tag).queryParam("collection", "bridal").when().get("/posts")
                .then().statusCode(200).body("items.slug", contains(a));
        given().queryParam("tag", "no-such-tag-at-all").when().get("/posts").then().statusCode(200).body("items", empty());
    }

    @Test
    void filtersByTime() {
        String tag = Fixtures.unique("time");
        Instant before = Instant.now().minusSeconds(1);
        Map<String, Object> body = Fixtures.post(Fixtures.unique("time"), Fixtures.author("Sam", "CEO"));
        body.put("tags", List.of(tag));
        String slug = Fixtures.published(body).get("slug");
        Instant after = Instant.now().plusSeconds(1);
        given().queryParam("tag", tag).queryParam("updatedSince", before.toString()).when().get("/posts")
                .then().statusCode(200).body("items.slug", contains(slug));
        given().queryParam("tag", tag).queryParam("updatedSince", after.toString()).when().get("/posts")
                .then().statusCode(200).body("items", empty());
        given().queryParam("tag", tag).queryParam("publishedFrom", before.toString()).queryParam("publishedTo", after.toString())
                .when().get("/posts").then().statusCode(200).body("items.slug", contains(slug));
        given().queryParam("tag", tag).queryParam("publishedTo", before.toString())
                .when().get("/posts").then().statusCode(200).body("items", empty());
        given().queryParam("updatedSince", "yesterday").when().get("/posts")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("updatedSince"));
    }

    @Test
    void fullTextSearchFindsWordsInTheBody() {
        String word = "zyx" + Fixtures.unique("w").replace("-", "");
        Map<String, Object> body = Fixtures.post(Fixtures.unique("fts"), Fixtures.author("Sara", "Head Designer"));
        body.put("body", "The metatarsal padding is what makes " + word + " walks easy.");
        String slug = Fixtures.published(body).get("slug");
        given().queryParam("q", word).when().get("/posts").then().statusCode(200).body("items.slug", contains(slug));
        given().queryParam("q", "\"metatarsal padding\" " + word).when().get("/posts")
                .then().statusCode(200).body("items.slug", contains(slug));
        given().queryParam("q", word + " -metatarsal").when().get("/posts").then().statusCode(200).body("items", empty());
    }

    @Test
    void pagesWithAnOpaqueCursorAndAnETag() {
        String tag = Fixtures.unique("paging");
        String author = Fixtures.author("Sam", "CEO");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = Fixtures.post(Fixtures.unique("page"), author);
            body.put("tags", List.of(tag));
            Fixtures.published(body);
        }
        var first = given().queryParam("tag", tag).queryParam("limit", 2).when().get("/posts")
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue())
                .header("ETag", notNullValue()).extract();
        List<String> firstSlugs = first.path("items.slug");
        given().queryParam("tag", tag).queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor"))
                .when().get("/posts")
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue())
                .body("items.slug", not(hasItem(firstSlugs.get(0)))).body("items.slug", not(hasItem(firstSlugs.get(1))));
        given().queryParam("tag", tag).queryParam("limit", 2).header("If-None-Match", first.header("ETag"))
                .when().get("/posts").then().statusCode(304);
        given().queryParam("cursor", "not-a-cursor").when().get("/posts")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("limit", 101).when().get("/posts").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void listItemsCarryNoBody() {
        String tag = Fixtures.unique("nobody");
        Map<String, Object> body = Fixtures.post(Fixtures.unique("sum"), Fixtures.author("Sam", "CEO"));
        body.put("tags", List.of(tag));
        Fixtures.published(body);
        given().queryParam("tag", tag).when().get("/posts")
                .then().statusCode(200).body("items[0].body", nullValue()).body("items[0].url", notNullValue())
                .body("items[0].tags", containsInAnyOrder(tag));
    }
}
