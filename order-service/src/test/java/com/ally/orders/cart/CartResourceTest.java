package com.ally.orders.cart;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import com.ally.orders.support.CatalogEvents.TestStyle;
import com.ally.orders.support.Shop;
import com.ally.orders.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CartResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    CartService carts;

    @Inject
    EntityManager em;

    @Test
    void anAnonymousCartIsOpenedByItsTokenAndPricedFromTheReplica() {
        TestStyle style = Shop.stockedStyle();
        String sku = style.sku("7.5", "WIDE");
        var created = given().when().post("/carts")
                .then().statusCode(201).contentType("application/json")
                .header("Location", containsString("/carts/"))
                .body("status", equalTo("OPEN")).body("token", notNullValue()).body("lines", hasSize(0))
                .body("total.amount", equalTo(0)).body("total.currency", equalTo("USD"))
                .extract();
        String id = created.path("id");
        String token = created.path("token");

        given().header("X-Cart-Token", token).contentType("application/json")
                .body("{\"sku\": \"" + sku + "\", \"quantity\": 2}")
                .when().post("/carts/" + id + "/lines")
                .then().statusCode(200)
                .body("lines", hasSize(1)).body("lines[0].sku", equalTo(sku))
                .body("lines[0].styleSlug", equalTo(style.slug())).body("lines[0].size", equalTo(7.5f))
                .body("lines[0].width", equalTo("WIDE")).body("lines[0].unitPrice.amount", equalTo(19500))
                .body("lines[0].lineTotal.amount", equalTo(39000))
                .body("itemCount", equalTo(2)).body("total.amount", equalTo(39000)).body("token", nullValue());

        given().header("X-Cart-Token", token).contentType("application/json")
                .body("{\"sku\": \"" + style.sku("8", "MEDIUM") + "\", \"quantity\": 1}")
                .when().post("/carts/" + id + "/lines").then().statusCode(200).body("total.amount", equalTo(58500));

        given().header("X-Cart-Token", token).contentType("application/json").body("{\"quantity\": 5}")
                .when().put("/carts/" + id + "/lines/" + sku)
                .then().statusCode(200).body("total.amount", equalTo(5 * 19500 + 19500));

        given().header("X-Cart-Token", token).when().delete("/carts/" + id + "/lines/" + sku)
                .then().statusCode(200).body("lines", hasSize(1)).body("total.amount", equalTo(19500));

        given().header("X-Cart-Token", token).when().get("/carts/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("expiresAt", notNullValue());
    }

    @Test
    void aCartNeedsItsTokenOrItsCustomer() {
        Shop.GuestCart cart = emptyGuestCart();
        given().when().get("/carts/" + cart.id())
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHORIZED"));
        given().header("X-Cart-Token", "not-the-token").when().get("/carts/" + cart.id())
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.customer("cust-" + UUID.randomUUID())).when().get("/carts/" + cart.id())
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().header("X-Cart-Token", cart.token()).when().get("/carts/" + UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void aCustomerCartBelongsToItsCustomerOnly() {
        String cleo = Tokens.customer("cust-" + UUID.randomUUID());
        String id = given().auth().oauth2(cleo).when().post("/carts")
                .then().statusCode(201).body("token", nullValue()).body("customerId", notNullValue())
                .extract().path("id");
        given().auth().oauth2(cleo).when().get("/carts/" + id).then().statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(Tokens.customer("cust-" + UUID.randomUUID())).when().get("/carts/" + id)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2("not-a-jwt").when().get("/carts/" + id)
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void quantitiesAreOneToTenAndSkusMustBeKnown() {
        TestStyle style = Shop.stockedStyle();
        String sku = style.sku("7", "MEDIUM");
        Shop.GuestCart cart = emptyGuestCart();
        for (int quantity : new int[] {0, 11, -1}) {
            addLine(cart, "{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}")
                    .statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("quantity"));
        }
        addLine(cart, "{\"sku\": \"NO-SUCH-SKU-070-M\", \"quantity\": 1}")
                .statusCode(400).body("code", equalTo("UNKNOWN_SKU")).body("errors[0].field", equalTo("sku"));
        addLine(cart, "{\"quantity\": 1}")
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("sku"));
        addLine(cart, "{\"sku\": \"" + sku + "\", \"quantity\": 1, \"colour\": \"RED\"}")
                .statusCode(400).body("code", equalTo("UNKNOWN_FIELD")).body("errors[0].field", equalTo("colour"));
        addLine(cart, "{\"sku\": \"" + sku + "\", \"quantity\": 6}").statusCode(200);
        // Adding to a line may not take it past 10 pairs; the line keeps its 6.
        addLine(cart, "{\"sku\": \"" + sku + "\", \"quantity\": 5}")
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("quantity"));
        given().header("X-Cart-Token", cart.token()).contentType("application/json").body("{\"quantity\": 0}")
                .when().put("/carts/" + cart.id() + "/lines/" + sku)
                .then().statusCode(400).body("errors[0].field", equalTo("quantity"));
        given().header("X-Cart-Token", cart.token()).contentType("application/json").body("{\"quantity\": 3}")
                .when().put("/carts/" + cart.id() + "/lines/UNKNOWN-SKU")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_SKU")).body("errors[0].field", equalTo("sku"));
        given().header("X-Cart-Token", cart.token()).when().delete("/carts/" + cart.id() + "/lines/" + style.sku("8", "WIDE"))
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().header("X-Cart-Token", cart.token()).when().get("/carts/" + cart.id())
                .then().statusCode(200).body("lines[0].quantity", equalTo(6));
    }

    @Test
    void concurrentChangesOfOneCartNeverLoseAnUpdate() throws Exception {
        String sku = Shop.stockedStyle().sku("8", "WIDE");
        Shop.GuestCart cart = emptyGuestCart();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        try {
            java.util.List<java.util.concurrent.Callable<Integer>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> addLine(cart, "{\"sku\": \"" + sku + "\", \"quantity\": 1}").extract().statusCode());
            }
            for (java.util.concurrent.Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        // Each add either applied (200) or lost the race and said so (409 CONCURRENT_UPDATE): none vanished.
        assertThat(statuses).containsOnly(200, 409);
        long applied = statuses.stream().filter(s -> s == 200).count();
        given().header("X-Cart-Token", cart.token()).when().get("/carts/" + cart.id())
                .then().statusCode(200).body("lines[0].quantity", equalTo((int) applied));
    }

    @Test
    void anIdleCartExpiresAndIsPurged() {
        Shop.GuestCart cart = emptyGuestCart();
        Instant longAgo = Instant.now().minus(8, ChronoUnit.DAYS);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update cart set updated_at = ?1 where id = ?2")
                .setParameter(1, longAgo).setParameter(2, UUID.fromString(cart.id())).executeUpdate());
        given().header("X-Cart-Token", cart.token()).when().get("/carts/" + cart.id())
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));

        carts.purgeIdleSince(carts.idleCutoff());
        Cart gone = QuarkusTransaction.requiringNew().call(() -> Cart.<Cart>findById(UUID.fromString(cart.id())));
        assertThat(gone).isNull();
    }

    private static Shop.GuestCart emptyGuestCart() {
        var created = given().when().post("/carts").then().statusCode(201).extract();
        return new Shop.GuestCart(created.path("id"), created.path("token"));
    }

    private static io.restassured.response.ValidatableResponse addLine(Shop.GuestCart cart, String body) {
        return given().header("X-Cart-Token", cart.token()).contentType("application/json").body(body)
                .when().post("/carts/" + cart.id() + "/lines").then();
    }
}
