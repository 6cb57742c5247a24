package com.ally.orders.replica;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import com.ally.orders.support.CatalogEvents;
import com.ally.orders.support.CatalogEvents.TestStyle;
import com.ally.orders.support.Shop;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The replica is kept from catalog's real events, validated against catalog-service's schemas. */
@QuarkusTest
class CatalogConsumerTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aPublishedStyleBringsEverySkuWithItsFacts() {
        TestStyle style = Shop.stockedStyle();
        CatalogSku sku = sku(style.sku("7.5", "MEDIUM"));
        assertThat(sku.styleId).isEqualTo(style.id());
        assertThat(sku.styleSlug).isEqualTo(style.slug());
        assertThat(sku.styleName).isEqualTo(style.name());
        assertThat(sku.colourwayId).isEqualTo(style.colourwayId());
        assertThat(sku.colourwayName).isEqualTo("Black Suede");
        assertThat(sku.size).isEqualByComparingTo("7.5");
        assertThat(sku.width).isEqualTo("MEDIUM");
        assertThat(sku.priceAmount).isEqualTo(19500);
        assertThat(sku.currency).isEqualTo("USD");
        assertThat(sku.availability).isEqualTo("IN_STOCK");
        assertThat(sku.retired).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> CatalogSku.count("styleId", style.id()))).isEqualTo(6);
    }

    @Test
    void aPriceChangeRepricesTheColourwayAndADuplicateDeliveryIsIgnored() {
        TestStyle style = Shop.stockedStyle();
        String code = style.sku("8", "WIDE");
        ObjectNode first = CatalogEvents.priceChanged(style, 17500, 19500);
        CatalogEvents.send("catalog.style", style.id().toString(), first);
        await().atMost(Duration.ofSeconds(30)).until(() -> sku(code).priceAmount == 17500);

        CatalogEvents.send("catalog.style", style.id().toString(), CatalogEvents.priceChanged(style, 16500, 17500));
        await().atMost(Duration.ofSeconds(30)).until(() -> sku(code).priceAmount == 16500);

        // The first event again (same id): the inbox drops it, so the newer price stays.
        CatalogEvents.send("catalog.style", style.id().toString(), first);
        CatalogEvents.availabilityChanged(style, code, "8", "WIDE", 0, "OUT", "IN_STOCK");
        await().atMost(Duration.ofSeconds(30)).until(() -> "OUT".equals(sku(code).availability));
        assertThat(sku(code).priceAmount).isEqualTo(16500);
    }

    @Test
    void availabilityChangesAreKeptPerSku() {
        TestStyle style = Shop.stockedStyle();
        String code = style.sku("7", "WIDE");
        CatalogEvents.availabilityChanged(style, code, "7", "WIDE", 2, "LOW", "IN_STOCK");
        await().atMost(Duration.ofSeconds(30)).until(() -> "LOW".equals(sku(code).availability));
        assertThat(sku(code).available).isEqualTo(2);
        assertThat(sku(style.sku("7", "MEDIUM")).availability).isEqualTo("IN_STOCK");
    }

    @Test
    void aRetiredStyleCannotGoIntoACart() {
        TestStyle style = Shop.stockedStyle();
        String code = style.sku("8", "MEDIUM");
        CatalogEvents.retireStyle(style);
        await().atMost(Duration.ofSeconds(30)).until(() -> sku(code).retired);

        Shop.GuestCart cart = cartWithoutLines();
        given().header("X-Cart-Token", cart.token()).contentType("application/json")
                .body("{\"sku\": \"" + code + "\", \"quantity\": 1}")
                .when().post("/carts/" + cart.id() + "/lines")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("SKU_RETIRED")).body("errors[0].field", equalTo("sku"));
    }

    @Test
    void aCartWhoseStyleRetiredCannotBeCheckedOutAndStaysOpen() {
        TestStyle style = Shop.stockedStyle();
        String code = style.sku("7.5", "MEDIUM");
        Shop.GuestCart cart = Shop.guestCart(code, 1);
        CatalogEvents.retireStyle(style);
        await().atMost(Duration.ofSeconds(30)).until(() -> sku(code).retired);

        Shop.checkout(cart, UUID.randomUUID().toString(), Shop.checkoutBody(cart.id(), "ada@example.com"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("SKU_RETIRED")).body("errors[0].field", equalTo("cartId"));
        given().header("X-Cart-Token", cart.token()).when().get("/carts/" + cart.id())
                .then().statusCode(200).body("status", equalTo("OPEN"));
    }

    private static Shop.GuestCart cartWithoutLines() {
        var created = given().when().post("/carts").then().statusCode(201).extract();
        return new Shop.GuestCart(created.path("id"), created.path("token"));
    }

    private static CatalogSku sku(String code) {
        return QuarkusTransaction.requiringNew().call(() -> CatalogSku.<CatalogSku>findById(code));
    }
}
