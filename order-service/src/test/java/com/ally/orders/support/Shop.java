package com.ally.orders.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import com.ally.orders.payment.WebhookSignature;
import com.ally.orders.replica.CatalogSku;
import com.ally.orders.support.CatalogEvents.TestStyle;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Small steps of a shopper's journey through the real HTTP API, for tests to build on. */
public final class Shop {

    public static final String WEBHOOK_SECRET = "test-webhook-secret";

    private Shop() {
    }

    /** A new style whose SKUs the replica has from a real catalog event. */
    public static TestStyle stockedStyle() {
        TestStyle style = CatalogEvents.style();
        CatalogEvents.publishStyle(style);
        String sku = style.sku("8", "WIDE");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> CatalogSku.findById(sku) != null));
        return style;
    }

    public record GuestCart(String id, String token) {
    }

    public static GuestCart guestCart(String sku, int quantity) {
        var created = given().when().post("/carts").then().statusCode(201).extract();
        GuestCart cart = new GuestCart(created.path("id"), created.path("token"));
        given().header("X-Cart-Token", cart.token()).contentType("application/json")
                .body("{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}")
                .when().post("/carts/" + cart.id() + "/lines").then().statusCode(200);
        return cart;
    }

    public static String customerCart(String bearer, String sku, int quantity) {
        String id = given().auth().oauth2(bearer).when().post("/carts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(bearer).contentType("application/json")
                .body("{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + "}")
                .when().post("/carts/" + id + "/lines").then().statusCode(200);
        return id;
    }

    public static String checkoutBody(String cartId, String email) {
        return "{\"cartId\": \"" + cartId + "\", \"email\": \"" + email + "\", \"shippingAddress\": {\"name\": \"Cleo Hart\", "
                + "\"line1\": \"12 Orchard Street\", \"city\": \"Brooklyn\", \"region\": \"NY\", \"postalCode\": \"11201\", \"country\": \"US\"}}";
    }

    public record GuestOrder(String id, String token) {
    }

    /** A guest's PENDING order of {@code quantity} pairs of one SKU. */
    public static GuestOrder guestOrder(String sku, int quantity) {
        GuestCart cart = guestCart(sku, quantity);
        var created = checkout(cart, UUID.randomUUID().toString(), checkoutBody(cart.id(), "guest-" + UUID.randomUUID() + "@example.com"))
                .then().statusCode(201).extract();
        return new GuestOrder(created.path("id"), created.path("orderToken"));
    }

    /** POST /orders for a guest's cart, with its token and this Idempotency-Key. */
    public static Response checkout(GuestCart cart, String key, String body) {
        return given().header("X-Cart-Token", cart.token()).header("Idempotency-Key", key)
                .contentType("application/json").body(body).when().post("/orders");
    }

    public static ValidatableResponse opsGet(String orderId) {
        return given().auth().oauth2(Tokens.ops()).when().get("/admin/orders/" + orderId).then().statusCode(200);
    }

    public static void awaitStatus(String orderId, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> opsGet(orderId).body("status", equalTo(status)));
    }

    /** Catalog answers: all reserved. */
    public static void confirm(String orderId, String sku, int quantity) {
        CatalogEvents.send("catalog.reservation", orderId, CatalogEvents.stockReserved(orderId, "ORDER", orderId,
                CatalogEvents.line(sku, quantity)));
        awaitStatus(orderId, "CONFIRMED");
    }

    public static ValidatableResponse webhook(String body, String signature) {
        var request = given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        if (signature != null) {
            request = request.header("X-Signature", signature);
        }
        return request.when().post("/payments/webhook").then();
    }

    public static String paymentBody(String eventId, String orderId, long amount) {
        return "{\"eventId\": \"" + eventId + "\", \"type\": \"payment.succeeded\", \"orderId\": \"" + orderId
                + "\", \"paymentReference\": \"pi_" + eventId + "\", \"amount\": {\"amount\": " + amount + ", \"currency\": \"USD\"}}";
    }

    public static String sign(String body) {
        return WebhookSignature.sign(WEBHOOK_SECRET, body.getBytes(StandardCharsets.UTF_8));
    }

    public static void pay(String orderId, long amount) {
        String body = paymentBody("evt_" + UUID.randomUUID(), orderId, amount);
        webhook(body, sign(body)).statusCode(200).body("outcome", equalTo("APPLIED"));
    }

    public static void ship(String orderId) {
        given().auth().oauth2(Tokens.ops()).contentType("application/json").body("{\"trackingNumber\": \"1Z999AA10123456784\"}")
                .when().post("/admin/orders/" + orderId + "/ship").then().statusCode(200).body("status", equalTo("SHIPPED"));
    }

    public static void deliver(String orderId) {
        given().auth().oauth2(Tokens.ops()).when().post("/admin/orders/" + orderId + "/deliver")
                .then().statusCode(200).body("status", equalTo("DELIVERED"));
    }
}
