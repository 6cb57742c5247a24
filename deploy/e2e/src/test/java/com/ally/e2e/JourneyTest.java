package com.ally.e2e;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import io.restassured.path.json.JsonPath;

import static com.ally.e2e.Gateway.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A shopper's whole journey, only through the gateway on :8080, on the demo data that
 * deploy/local/up loads: browse, fit, cart, checkout, reservation, payment, shipping, delivery, a
 * return that teaches the fit finder, then the blog with its comment moderation and feed.
 */
class JourneyTest {

    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";
    static final String STYLE = "forever-flat";
    static final String LAUNCH_POST = "meet-the-forever-flats";
    /** deploy/local/up runs order-service with this development secret (ALLY_PAYMENT_WEBHOOK_SECRET). */
    static final String WEBHOOK_SECRET = System.getProperty("ally.webhook-secret", "local-dev-webhook-secret");

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String customer = Gateway.token("customer", "journey-" + run);
    final String ops = Gateway.token("ops", "ops-journey");
    final String moderator = Gateway.token("moderator", "moderator-journey");
    final String admin = Gateway.token("catalog-admin", "admin-journey");

    @Test
    void aShopperBuysReturnsAndComments() throws Exception {
        // 1. Browse a collection and filter by size 9, WIDE, in stock.
        api().when().get("/api/catalog/collections/forever-flats")
                .then().statusCode(200).contentType(JSON).body("slug", equalTo("forever-flats"));
        api().when().get("/api/catalog/styles?collection=forever-flats&size=9&width=WIDE&inStock=true")
                .then().statusCode(200).contentType(JSON)
                .body("items.slug", hasItem(STYLE));

        // 2. A fit recommendation for a foot length, with a condition.
        JsonPath fit = api().contentType(JSON)
                .body("{\"feet\": {\"unit\": \"CM\", \"left\": {\"length\": 25.2, \"width\": 9.9}},"
                        + " \"conditions\": [\"PLANTAR_FASCIITIS\"], \"style\": \"" + STYLE + "\"}")
                .when().post("/api/fit/recommendations")
                .then().statusCode(200).contentType(JSON)
                .body("size", notNullValue()).body("width", notNullValue()).body("reasoning", notNullValue())
                .extract().jsonPath();
        double size = fit.getDouble("size");
        String width = fit.getString("width");

        // 3. The recommended SKU into a cart; check out with an Idempotency-Key, twice.
        String sku = inStockSku(size, width);
        int availableBefore = available(sku);
        JsonPath cart = api().auth().oauth2(customer)
                .when().post("/api/orders/carts")
                .then().statusCode(201).contentType(JSON).extract().jsonPath();
        String cartId = cart.getString("id");
        api().auth().oauth2(customer).contentType(JSON).body(Map.of("sku", sku, "quantity", 1))
                .when().post("/api/orders/carts/" + cartId + "/lines")
                .then().statusCode(200).contentType(JSON).body("lines.sku", hasItem(sku));
        String checkout = "{\"cartId\": \"" + cartId + "\", \"email\": \"journey-" + run + "@example.com\","
                + " \"shippingAddress\": {\"name\": \"Sam Rivera\", \"line1\": \"12 Elm Street\", \"city\": \"Austin\","
                + " \"postalCode\": \"78701\", \"country\": \"US\"}}";
        String key = "journey-" + run;
        String orderId = api().auth().oauth2(customer).contentType(JSON).header("Idempotency-Key", key).body(checkout)
                .when().post("/api/orders/orders")
                .then().statusCode(201).contentType(JSON).body("status", equalTo("PENDING"))
                .extract().path("id");
        api().auth().oauth2(customer).contentType(JSON).header("Idempotency-Key", key).body(checkout)
                .when().post("/api/orders/orders")
                .then().statusCode(201).contentType(JSON).header("Idempotent-Replayed", "true")
                .body("id", equalTo(orderId));

        // 4. CONFIRMED after the reservation, and the SKU's available stock one lower.
        awaitStatus(orderId, "CONFIRMED");
        assertThat(available(sku)).isEqualTo(availableBefore - 1);

        // 5. Pay (signed webhook), ship, deliver; return as TOO_SMALL; fit evidence grows.
        long tooSmallBefore = tooSmallEvidence();
        JsonPath placed = order(orderId);
        String payment = String.format("{\"eventId\": \"evt-%s\", \"type\": \"payment.succeeded\", \"orderId\": \"%s\","
                + " \"paymentReference\": \"pi-%s\", \"amount\": {\"amount\": %d, \"currency\": \"%s\"}}",
                run, orderId, run, placed.getLong("total.amount"), placed.getString("total.currency"));
        api().contentType(JSON).header("X-Signature", "sha256=" + hmac(payment)).body(payment)
                .when().post("/api/orders/payments/webhook")
                .then().statusCode(200).contentType(JSON);
        api().contentType(JSON).header("X-Signature", "sha256=" + hmac(payment + " ")).body(payment)
                .when().post("/api/orders/payments/webhook")
                .then().statusCode(401).contentType(PROBLEM);
        awaitStatus(orderId, "PAID");
        api().auth().oauth2(ops).contentType(JSON).body("{\"trackingNumber\": \"1Z" + run + "\"}")
                .when().post("/api/orders/admin/orders/" + orderId + "/ship")
                .then().statusCode(200).contentType(JSON).body("status", equalTo("SHIPPED"));
        api().auth().oauth2(ops).contentType(JSON).body("{}")
                .when().post("/api/orders/admin/orders/" + orderId + "/deliver")
                .then().statusCode(200).contentType(JSON).body("status", equalTo("DELIVERED"));
        String lineId = order(orderId).getString("lines[0].lineId");
        api().auth().oauth2(customer).contentType(JSON).header("Idempotency-Key", "return-" + run)
                .body("{\"lines\": [{\"lineId\": \"" + lineId + "\", \"quantity\": 1, \"reason\": \"TOO_SMALL\"}]}")
                .when().post("/api/orders/orders/" + orderId + "/returns")
                .then().statusCode(201).contentType(JSON);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(tooSmallEvidence()).isGreaterThan(tooSmallBefore));

        // 6. The launch post with its product cards; a comment hidden until a moderator approves it.
        api().when().get("/api/content/posts/" + LAUNCH_POST)
                .then().statusCode(200).contentType(JSON)
                .body("products.slug", hasItem(STYLE));
        String body = "Bought the black suede pair for my sister's wedding (" + run + ").";
        String commentId = api().contentType(JSON)
                .body(Map.of("name", "Priya", "email", "priya-" + run + "@example.com", "body", body))
                .when().post("/api/content/posts/" + LAUNCH_POST + "/comments")
                .then().statusCode(202).contentType(JSON).extract().path("id");
        api().when().get("/api/content/posts/" + LAUNCH_POST + "/comments")
                .then().statusCode(200).contentType(JSON).body("items.body", not(hasItem(body)));
        api().auth().oauth2(moderator).contentType(JSON).body("{}")
                .when().post("/api/content/admin/comments/" + commentId + "/approve")
                .then().statusCode(200).contentType(JSON);
        api().when().get("/api/content/posts/" + LAUNCH_POST + "/comments")
                .then().statusCode(200).contentType(JSON).body("items.body", hasItem(body))
                .body("items.email", not(hasItem("priya-" + run + "@example.com")));

        // 7. The Atom feed.
        String atom = api().when().get("/api/content/feeds/atom")
                .then().statusCode(200).contentType("application/atom+xml").extract().asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new InputSource(new StringReader(atom)));
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isPositive();
    }

    /** The SKU of the first colourway of the style that has the size and width in stock. */
    private String inStockSku(double size, String width) {
        JsonPath style = api().when().get("/api/catalog/styles/" + STYLE)
                .then().statusCode(200).contentType(JSON).extract().jsonPath();
        List<Map<String, Object>> colourways = style.getList("colourways");
        for (int c = 0; c < colourways.size(); c++) {
            List<Map<String, Object>> rows = style.getList("colourways[" + c + "].availability");
            for (int r = 0; r < rows.size(); r++) {
                if (Math.abs(style.getDouble("colourways[" + c + "].availability[" + r + "].size") - size) < 0.01) {
                    Map<String, Object> cell = style.getMap("colourways[" + c + "].availability[" + r + "].widths." + width);
                    if (cell != null && !"OUT".equals(cell.get("availability"))) {
                        return (String) cell.get("sku");
                    }
                }
            }
        }
        throw new AssertionError("No colourway of " + STYLE + " has US " + size + " " + width + " in stock");
    }

    private int available(String sku) {
        return api().auth().oauth2(admin).when().get("/api/catalog/admin/stock/" + sku)
                .then().statusCode(200).contentType(JSON).extract().path("available");
    }

    private JsonPath order(String orderId) {
        return api().auth().oauth2(customer).when().get("/api/orders/orders/" + orderId)
                .then().statusCode(200).contentType(JSON).extract().jsonPath();
    }

    private void awaitStatus(String orderId, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(order(orderId).getString("status")).isEqualTo(status));
    }

    private long tooSmallEvidence() {
        return api().when().get("/api/fit/styles/" + STYLE + "/fit-summary")
                .then().statusCode(200).contentType(JSON).extract().jsonPath().getLong("evidence.tooSmall");
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
