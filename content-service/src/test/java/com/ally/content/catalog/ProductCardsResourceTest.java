package com.ally.content.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import com.ally.content.support.CatalogEvents;
import com.ally.content.support.Fixtures;
import com.ally.content.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Shoppable posts: product cards follow the catalog's events, with no call to catalog-service. */
@QuarkusTest
class ProductCardsResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** A colourway code unique to the test, as the SKU scheme allows: 2 to 8 upper-case letters or digits. */
    private static String code() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void cardsFollowStyleSnapshotsAvailabilityAndRetirement() {
        String styleId = UUID.randomUUID().toString();
        String style = Fixtures.unique("flat");
        String sku = "FFL-" + code() + "-075-W";
        Instant t0 = Instant.now().minusSeconds(60);
        Map<String, Object> body = Fixtures.post(Fixtures.unique("shop"), Fixtures.author("Sara", "Head Designer"));
        body.put("styleSlugs", List.of(style));
        Map<String, String> post = Fixtures.published(body);

        given().auth().oauth2(Tokens.editor()).when().get("/admin/posts/" + post.get("id"))
                .then().statusCode(200).body("warnings[0].code", equalTo("UNKNOWN_STYLE"));

        CatalogEvents.send("catalog.style", CatalogEvents.style("ally.catalog.style.published.v1", styleId, style,
                "The Forever Flat", "ACTIVE", 19500, sku, "IN_STOCK", t0));
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/posts/" + post.get("slug"))
                .then().statusCode(200)
                .body("products[0].kind", equalTo("STYLE"))
                .body("products[0].slug", equalTo(style))
                .body("products[0].name", equalTo("The Forever Flat"))
                .body("products[0].price.amount", equalTo(19500))
                .body("products[0].price.currency", equalTo("USD"))
                .body("products[0].image.url", equalTo("https://images.ally.example/" + style + ".jpg"))
                .body("products[0].inStock", equalTo(true)));

        CatalogEvents.send("catalog.inventory", CatalogEvents.availability(styleId, style, sku, "OUT", "IN_STOCK"));
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/posts/" + post.get("slug"))
                .then().statusCode(200).body("products[0].inStock", equalTo(false)));

        CatalogEvents.send("catalog.style", CatalogEvents.style("ally.catalog.style.updated.v1", styleId, style,
                "The Forever Flat II", "ACTIVE", 21000, sku, "LOW", t0.plusSeconds(10)));
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/posts/" + post.get("slug"))
                .then().statusCode(200).body("products[0].name", equalTo("The Forever Flat II"))
                .body("products[0].price.amount", equalTo(21000)).body("products[0].inStock", equalTo(true)));

        CatalogEvents.send("catalog.style", CatalogEvents.style("ally.catalog.style.retired.v1", styleId, style,
                "The Forever Flat II", "RETIRED", 21000, sku, "LOW", t0.plusSeconds(20)));
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/posts/" + post.get("slug"))
                .then().statusCode(200).body("products", empty()));
        given().auth().oauth2(Tokens.editor()).when().get("/admin/posts/" + post.get("id"))
                .then().statusCode(200)
                .body("warnings.code", contains("STYLE_RETIRED"))
                .body("warnings[0].slug", equalTo(style))
                .body("warnings[0].field", equalTo("styleSlugs"));
    }

    @Test
    void aBadOrUnknownEventIsSkippedAndTheNextOneApplied() {
        String styleId = UUID.randomUUID().toString();
        String style = Fixtures.unique("robust");
        Map<String, Object> body = Fixtures.post(Fixtures.unique("robust"), Fixtures.author("Sam", "CEO"));
        body.put("styleSlugs", List.of(style));
        Map<String, String> post = Fixtures.published(body);
        CatalogEvents.sendRaw("catalog.style", styleId, "this is not a CloudEvent");
        CatalogEvents.sendRaw("catalog.style", styleId, "{\"specversion\": \"1.0\", \"id\": \"" + UUID.randomUUID()
                + "\", \"type\": \"ally.catalog.style.reviewed.v9\", \"data\": {\"whatever\": true}}");
        CatalogEvents.send("catalog.style", CatalogEvents.style("ally.catalog.style.published.v1", styleId, style,
                "Still here", "ACTIVE", 19500, "FFL-" + code() + "-060-N", "IN_STOCK", Instant.now().minusSeconds(60)));
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/posts/" + post.get("slug"))
                .then().statusCode(200).body("products[0].name", equalTo("Still here")));
    }

    @Test
    void aPriceChangeReachesTheCard() {
        String styleId = UUID.randomUUID().toString();
        String style = Fixtures.unique("price");
        Map<String, Object> body = Fixtures.post(Fixtures.unique("sale"), Fixtures.author("Sam", "CEO"));
        body.put("styleSlugs", List.of(style));
        Map<String, String> post = Fixtures.published(body);
        CatalogEvents.send("catalog.style", CatalogEvents.style("ally.catalog.style.published.v1", styleId, style,
                "The Forever Flat", "ACTIVE", 19500, "FFL-" + code() + "-080-M", "IN_STOCK", Instant.now().minusSeconds(60)));
        CatalogEvents.send("catalog.style", CatalogEvents.priceChanged(styleId, style, 17500, 19500));
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/posts/" + post.get("slug"))
                .then().statusCode(200).body("products[0].price.amount", equalTo(17500)));
    }

    @Test
    void anOlderSnapshotDoesNotRollAStyleBack() {
        String styleId = UUID.randomUUID().toString();
        String style = Fixtures.unique("heel");
        String sku = "LBH-" + code() + "-080-M";
        Instant t0 = Instant.now().minusSeconds(60);
        Map<String, Object> body = Fixtures.post(Fixtures.unique("order"), Fixtures.author("Sam", "CEO"));
        body.put("styleSlugs", List.of(style));
        Map<String, String> post = Fixtures.published(body);
        CatalogEvents.send("catalog.style", CatalogEvents.style("ally.catalog.style.updated.v1", styleId, style,
                "Newer name", "ACTIVE", 24500, sku, "IN_STOCK", t0.plusSeconds(10)));
        CatalogEvents.send("catalog.style", CatalogEvents.style("ally.catalog.style.published.v1", styleId, style,
                "Older name", "ACTIVE", 24500, sku, "IN_STOCK", t0));
        String marker = Fixtures.unique("marker");
        // A later event on the same key is applied after the older snapshot: once it shows, the older one was seen.
        CatalogEvents.send("catalog.style", CatalogEvents.style("ally.catalog.style.updated.v1", styleId, style,
                "Newer name " + marker, "ACTIVE", 24500, sku, "IN_STOCK", t0.plusSeconds(10)));
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/posts/" + post.get("slug"))
                .then().statusCode(200).body("products[0].name", equalTo("Newer name " + marker)));
    }

    @Test
    void aCollectionCardShowsItsLowestPriceAndStock() {
        String styleId = UUID.randomUUID().toString();
        String style = Fixtures.unique("nude");
        String collectionSlug = Fixtures.unique("five-shades");
        String sku = "LBH-" + code() + "-090-N";
        Instant t0 = Instant.now().minusSeconds(60);
        Map<String, Object> body = Fixtures.post(Fixtures.unique("coll"), Fixtures.author("Sam", "CEO"));
        body.put("collectionSlugs", List.of(collectionSlug));
        Map<String, String> post = Fixtures.published(body);
        CatalogEvents.send("catalog.style", CatalogEvents.style("ally.catalog.style.published.v1", styleId, style,
                "The Little Nude Heel", "ACTIVE", 24500, sku, "IN_STOCK", t0));
        CatalogEvents.send("catalog.collection", CatalogEvents.collection(UUID.randomUUID().toString(), collectionSlug,
                "Five Shades of Nude", List.of(style), t0));
        await().atMost(WAIT).untilAsserted(() -> given().when().get("/posts/" + post.get("slug"))
                .then().statusCode(200)
                .body("products[0].kind", equalTo("COLLECTION"))
                .body("products[0].name", equalTo("Five Shades of Nude"))
                .body("products[0].price.amount", equalTo(24500))
                .body("products[0].inStock", equalTo(true)));
        given().auth().oauth2(Tokens.editor()).when().get("/admin/posts/" + post.get("id"))
                .then().statusCode(200).body("warnings", empty())
                .body("products.slug", hasItem(collectionSlug));
    }
}
