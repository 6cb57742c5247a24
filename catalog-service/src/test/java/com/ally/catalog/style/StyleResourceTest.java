package com.ally.catalog.style;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import com.ally.catalog.support.Catalog;
import com.ally.catalog.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The shopper's list and detail on data this test makes: a heel and a flat in one collection
 * (plus a draft that must stay hidden), with stock in a few sizes and widths.
 */
@QuarkusTest
class StyleResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    // Made once and only read by the tests: creating 300 SKUs per test would dominate the run.
    static String collection;
    static Catalog.Made heel;
    static Catalog.Made flat;

    @BeforeEach
    void lineUp() {
        if (collection != null) {
            return;
        }
        heel = Catalog.draft("heel", "HEEL", 3.0, "Test Stiletto", "A pointed stiletto pump");
        Catalog.colourway(heel, "BLK", "BLACK", 19500, null);
        Catalog.colourway(heel, "NUD", "NUDE", 17500, "\"sizes\": [8, 8.5, 9], \"widths\": [\"MEDIUM\", \"WIDE\"]");
        patch(heel, "{\"featuredRank\": 1}");
        Catalog.stock(heel.sku("BLK", "090", "W"), 5);
        Catalog.stock(heel.sku("BLK", "085", "M"), 2);
        Catalog.publish(heel);

        flat = Catalog.draft("flat", "FLAT", 0.6, "Test Flat", "A suede ballet flat with arch support");
        Catalog.colourway(flat, "SUE", "BLACK", 21500, "\"sizes\": [7, 9], \"widths\": [\"NARROW\", \"WIDE\"]");
        patch(flat, "{\"featuredRank\": 2}");
        Catalog.stock(flat.sku("SUE", "070", "N"), 10);
        Catalog.publish(flat);

        Catalog.Made draft = Catalog.draft("hidden");
        String slug = "list-" + Catalog.unique();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"slug\": \"" + slug + "\", \"name\": \"List test\", \"styleSlugs\": [\"" + flat.slug()
                        + "\", \"" + heel.slug() + "\", \"" + draft.slug() + "\"]}")
                .when().post("/admin/collections").then().statusCode(201);
        collection = slug;
    }

    private static void patch(Catalog.Made style, String body) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().patch("/admin/styles/" + style.slug()).then().statusCode(200);
    }

    private io.restassured.response.ValidatableResponse list(String query) {
        return given().when().get("/styles?collection=" + collection + query).then().statusCode(200)
                .contentType(ContentType.JSON);
    }

    @Test
    void listsOnlyPublicStylesFeaturedFirst() {
        list("").body("items.slug", contains(heel.slug(), flat.slug()))
                .body("items[0].fromPrice.amount", equalTo(17500))
                .body("items[0].colourways.code", contains("BLK", "NUD"))
                .body("items[0].colourways[0].image.url", containsString("https://"))
                .body("nextCursor", nullValue());
    }

    @Test
    void filtersByCategoryColourHeelPriceAndText() {
        list("&category=FLAT").body("items.slug", contains(flat.slug()));
        list("&colour=NUDE").body("items.slug", contains(heel.slug()));
        list("&heelMin=1").body("items.slug", contains(heel.slug()));
        list("&heelMax=1").body("items.slug", contains(flat.slug()));
        list("&priceMin=20000").body("items.slug", contains(flat.slug()));
        list("&priceMax=18000").body("items.slug", contains(heel.slug()));
        list("&q=stiletto").body("items.slug", contains(heel.slug()));
        list("&q=ballet flat").body("items.slug", contains(flat.slug()));
        list("&colour=RED").body("items", hasSize(0));
    }

    @Test
    void filtersBySizeAndWidthInStock() {
        list("&size=9&width=WIDE").body("items.slug", contains(heel.slug(), flat.slug()));
        list("&size=9&width=WIDE&inStock=true").body("items.slug", contains(heel.slug()));
        list("&size=7&width=NARROW&inStock=true").body("items.slug", contains(flat.slug()));
        list("&size=4&width=EXTRA_WIDE").body("items.slug", contains(heel.slug()));
        list("&inStock=true&colour=NUDE").body("items", hasSize(0));
    }

    @Test
    void sortsByPriceAndNewest() {
        list("&sort=price").body("items.slug", contains(heel.slug(), flat.slug()));
        list("&sort=-price").body("items.slug", contains(flat.slug(), heel.slug()));
        list("&sort=newest").body("items.slug", contains(flat.slug(), heel.slug()));
    }

    @Test
    void pagesWithAKeysetCursor() {
        for (String sort : new String[] {"featured", "price", "-price", "newest"}) {
            String cursor = list("&limit=1&sort=" + sort).body("items", hasSize(1)).body("nextCursor", notNullValue())
                    .extract().path("nextCursor");
            String first = list("&limit=1&sort=" + sort).extract().path("items[0].slug");
            list("&limit=1&sort=" + sort + "&cursor=" + cursor).body("items", hasSize(1))
                    .body("items[0].slug", org.hamcrest.Matchers.not(equalTo(first)))
                    .body("nextCursor", nullValue())
                    .body("facets", nullValue()); // the first page carried them

        }
    }

    @Test
    void facetsCountTheCurrentFilter() {
        list("").body("facets.colours.find { it.value == 'BLACK' }.count", equalTo(2))
                .body("facets.colours.find { it.value == 'NUDE' }.count", equalTo(1))
                .body("facets.heelHeights.value", contains("0.6", "3.0"))
                .body("facets.sizes.value", contains("7.0", "8.5", "9.0"))
                .body("facets.widths.value", contains("NARROW", "MEDIUM", "WIDE"))
                .body("facets.widths.find { it.value == 'WIDE' }.count", equalTo(1));
        list("&category=FLAT").body("facets.colours.value", contains("BLACK"))
                .body("facets.sizes.value", contains("7.0"));
    }

    @Test
    void detailShowsTheAvailabilityGrid() {
        String etag = given().when().get("/styles/" + heel.slug())
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("Cache-Control", containsString("max-age"))
                .body("colourways", hasSize(2))
                .body("colourways[0].price.amount", equalTo(19500))
                .body("colourways[0].availability", hasSize(17))
                .body("colourways[0].availability.find { it.size.toString() == '9.0' }.widths.WIDE.availability", equalTo("IN_STOCK"))
                .body("colourways[0].availability.find { it.size.toString() == '9.0' }.widths.WIDE.sku", equalTo(heel.sku("BLK", "090", "W")))
                .body("colourways[0].availability.find { it.size.toString() == '8.5' }.widths.MEDIUM.availability", equalTo("LOW"))
                .body("colourways[0].availability.find { it.size.toString() == '4.0' }.widths.NARROW.availability", equalTo("OUT"))
                .body("colourways[1].availability", hasSize(3))
                .body("colourways[1].availability[0].widths.keySet()", contains("MEDIUM", "WIDE"))
                .body("collections", contains(collection))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/styles/" + heel.slug()).then().statusCode(304);
    }

    @Test
    void aStockChangeChangesTheETag() {
        Catalog.Made style = Catalog.published("etag");
        String etag = given().when().get("/styles/" + style.slug()).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/styles/" + style.slug()).then().statusCode(304);
        Catalog.stock(style.sku("BLK", "075", "W"), 2);
        given().header("If-None-Match", etag).when().get("/styles/" + style.slug()).then().statusCode(200)
                .body("colourways[0].availability.find { it.size.toString() == '7.5' }.widths.WIDE.availability", equalTo("LOW"));
    }

    @Test
    void listHasAnETagToo() {
        String etag = list("").extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/styles?collection=" + collection).then().statusCode(304);
    }

    @Test
    void badFiltersAreNamed() {
        given().when().get("/styles?size=12.5&width=HUGE")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("size", "width"));
        given().when().get("/styles?collection=no-such-collection")
                .then().statusCode(400).body("errors[0].field", equalTo("collection"));
        given().when().get("/styles?sort=cheap").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().when().get("/styles?cursor=%%%").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().when().get("/styles?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void unknownStyleIs404() {
        given().when().get("/styles/no-such-style").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
    }
}
