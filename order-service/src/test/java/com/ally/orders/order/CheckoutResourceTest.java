package com.ally.orders.order;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import com.ally.orders.support.CatalogEvents.TestStyle;
import com.ally.orders.support.Shop;
import com.ally.orders.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** POST /orders: the cart becomes a PENDING order exactly once per Idempotency-Key. */
@QuarkusTest
class CheckoutResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aGuestChecksOutAndReadsTheOrderWithItsToken() {
        TestStyle style = Shop.stockedStyle();
        String sku = style.sku("7.5", "WIDE");
        Shop.GuestCart cart = Shop.guestCart(sku, 2);
        var created = Shop.checkout(cart, UUID.randomUUID().toString(), Shop.checkoutBody(cart.id(), "ada@example.com"))
                .then().statusCode(201).contentType("application/json")
                .header("Location", containsString("/orders/")).header("Idempotent-Replayed", nullValue())
                .body("status", equalTo("PENDING"))
                .body("allowedTransitions", containsInAnyOrder("CONFIRMED", "REJECTED", "CANCELLED"))
                .body("customerId", nullValue()).body("email", equalTo("ada@example.com"))
                .body("shippingAddress.country", equalTo("US")).body("shippingAddress.postalCode", equalTo("11201"))
                .body("lines", hasSize(1)).body("lines[0].sku", equalTo(sku)).body("lines[0].quantity", equalTo(2))
                .body("lines[0].styleSlug", equalTo(style.slug())).body("lines[0].size", equalTo(7.5f))
                .body("lines[0].unitPrice.amount", equalTo(19500)).body("total.amount", equalTo(39000))
                .body("total.currency", equalTo("USD")).body("orderToken", notNullValue())
                .extract();
        String id = created.path("id");
        String orderToken = created.path("orderToken");

        given().header("X-Order-Token", orderToken).when().get("/orders/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("PENDING")).body("orderToken", nullValue());
        given().header("X-Order-Token", "someone-elses").when().get("/orders/" + id)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().when().get("/orders/" + id)
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHORIZED"));
        // The cart became the order: it cannot change any more, nor be checked out again.
        given().header("X-Cart-Token", cart.token()).contentType("application/json").body("{\"quantity\": 3}")
                .when().put("/carts/" + cart.id() + "/lines/" + sku)
                .then().statusCode(409).body("code", equalTo("CART_CHECKED_OUT"));
        Shop.checkout(cart, UUID.randomUUID().toString(), Shop.checkoutBody(cart.id(), "ada@example.com"))
                .then().statusCode(409).body("code", equalTo("CART_CHECKED_OUT")).body("errors[0].field", equalTo("cartId"));
    }

    @Test
    void aCustomerSeesOwnOrdersOnlyAndAnotherCustomersIsNotFound() {
        TestStyle style = Shop.stockedStyle();
        String subject = "cust-" + UUID.randomUUID();
        String cleo = Tokens.customer(subject);
        String cartId = Shop.customerCart(cleo, style.sku("8", "MEDIUM"), 1);
        String id = given().auth().oauth2(cleo).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(Shop.checkoutBody(cartId, "cleo@example.com"))
                .when().post("/orders")
                .then().statusCode(201).body("customerId", equalTo(subject)).body("orderToken", nullValue())
                .extract().path("id");

        given().auth().oauth2(cleo).when().get("/orders/" + id).then().statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(cleo).when().get("/orders")
                .then().statusCode(200).body("items.id", contains(id)).body("items[0].total.amount", equalTo(19500));
        String other = Tokens.customer("cust-" + UUID.randomUUID());
        given().auth().oauth2(other).when().get("/orders/" + id)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(other).when().get("/orders").then().statusCode(200).body("items", hasSize(0));
        given().when().get("/orders").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
        given().auth().oauth2(Tokens.ops()).when().get("/orders").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        // Another customer cannot check out Cleo's cart.
        String cleosSecondCart = Shop.customerCart(cleo, style.sku("8", "MEDIUM"), 1);
        given().auth().oauth2(other).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(Shop.checkoutBody(cleosSecondCart, "other@example.com"))
                .when().post("/orders").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void theIdempotencyKeyIsRequired() {
        Shop.GuestCart cart = Shop.guestCart(Shop.stockedStyle().sku("7", "MEDIUM"), 1);
        given().header("X-Cart-Token", cart.token()).contentType("application/json")
                .body(Shop.checkoutBody(cart.id(), "ada@example.com"))
                .when().post("/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("Idempotency-Key"));
        given().header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                .body(Shop.checkoutBody(cart.id(), "ada@example.com"))
                .when().post("/orders")
                .then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void theSameKeyAndBodyReplayTheOrderAndAnotherBodyIs422() {
        Shop.GuestCart cart = Shop.guestCart(Shop.stockedStyle().sku("7", "WIDE"), 1);
        String key = UUID.randomUUID().toString();
        String body = Shop.checkoutBody(cart.id(), "ada@example.com");
        ExtractableResponse<Response> first = Shop.checkout(cart, key, body).then().statusCode(201).extract();
        ExtractableResponse<Response> again = Shop.checkout(cart, key, body).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract();
        assertThat(again.path("id").toString()).isEqualTo(first.path("id"));
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));

        Shop.checkout(cart, key, Shop.checkoutBody(cart.id(), "someone.else@example.com"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED")).body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(ordersOfCart(cart.id())).isEqualTo(1);
    }

    @Test
    void aKeyReusedForAnotherOpenCartIs422AndThatCartStaysOpen() {
        String sku = Shop.stockedStyle().sku("7.5", "MEDIUM");
        String bearer = Tokens.customer("cust-" + UUID.randomUUID());
        String first = Shop.customerCart(bearer, sku, 1);
        String second = Shop.customerCart(bearer, sku, 2);
        String key = UUID.randomUUID().toString();
        customerCheckout(bearer, key, Shop.checkoutBody(first, "ada@example.com")).then().statusCode(201);

        // The second cart is claimed and an order made before the key's row says no: all of it rolls back.
        customerCheckout(bearer, key, Shop.checkoutBody(second, "ada@example.com"))
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(ordersOfCart(second)).isZero();
        given().auth().oauth2(bearer).when().get("/carts/" + second)
                .then().statusCode(200).body("status", equalTo("OPEN")).body("itemCount", equalTo(2));
        customerCheckout(bearer, UUID.randomUUID().toString(), Shop.checkoutBody(second, "ada@example.com"))
                .then().statusCode(201).body("lines[0].quantity", equalTo(2));
    }

    @Test
    void anotherGuestsTokenFindsNoCartAndLeavesItOpen() {
        Shop.GuestCart cart = Shop.guestCart(Shop.stockedStyle().sku("7.5", "WIDE"), 1);
        Shop.GuestCart stranger = new Shop.GuestCart(cart.id(), "not-the-token");
        Shop.checkout(stranger, UUID.randomUUID().toString(), Shop.checkoutBody(cart.id(), "eve@example.com"))
                .then().statusCode(404).contentType("application/problem+json");
        Shop.checkout(cart, UUID.randomUUID().toString(), Shop.checkoutBody(cart.id(), "ada@example.com")).then().statusCode(201);
    }

    @Test
    void concurrentRequestsWithTheSameKeyMakeOneOrder() throws Exception {
        Shop.GuestCart cart = Shop.guestCart(Shop.stockedStyle().sku("8", "WIDE"), 1);
        String key = UUID.randomUUID().toString();
        String body = Shop.checkoutBody(cart.id(), "ada@example.com");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(() -> Shop.checkout(cart, key, body));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
            Set<String> ids = answers.stream().map(r -> r.<String>path("id")).collect(Collectors.toSet());
            assertThat(ids).hasSize(1);
            assertThat(answers.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed")))).hasSize(threads - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ordersOfCart(cart.id())).isEqualTo(1);
    }

    @Test
    void concurrentCheckoutsOfOneCartWithDifferentKeysMakeOneOrder() throws Exception {
        Shop.GuestCart cart = Shop.guestCart(Shop.stockedStyle().sku("8", "MEDIUM"), 1);
        String body = Shop.checkoutBody(cart.id(), "ada@example.com");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> Shop.checkout(cart, UUID.randomUUID().toString(), body).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ordersOfCart(cart.id())).isEqualTo(1);
    }

    @Test
    void aLineAddedWhileTheCartIsClaimedGoesIntoTheOrder() throws Exception {
        TestStyle style = Shop.stockedStyle();
        String first = style.sku("8", "WIDE"), late = style.sku("7.5", "WIDE");
        Shop.GuestCart cart = Shop.guestCart(first, 1);
        // What adding a line writes, in its order: the cart's row, then the line.
        checkoutWhileUncommitted(cart, "update cart set version = version + 1, updated_at = now() where id = '" + cart.id() + "'",
                "insert into cart_line (cart_id, sku, quantity) values ('" + cart.id() + "', '" + late + "', 2)")
                .then().statusCode(201).body("lines.sku", containsInAnyOrder(first, late))
                .body("lines.find { it.sku == '" + late + "' }.quantity", equalTo(2));
    }

    @Test
    void aCartWhoseLastLineIsRemovedWhileItIsClaimedStaysOpenAndEmpty() throws Exception {
        Shop.GuestCart cart = Shop.guestCart(Shop.stockedStyle().sku("8", "WIDE"), 1);
        checkoutWhileUncommitted(cart, "update cart set version = version + 1, updated_at = now() where id = '" + cart.id() + "'",
                "delete from cart_line where cart_id = '" + cart.id() + "'")
                .then().statusCode(409).body("code", equalTo("CART_EMPTY"));
        given().header("X-Cart-Token", cart.token()).when().get("/carts/" + cart.id())
                .then().statusCode(200).body("status", equalTo("OPEN")).body("lines", hasSize(0));
    }

    /**
     * A checkout of the cart that starts while another transaction has run {@code statements} and not
     * committed: its answer once that transaction commits.
     */
    private Response checkoutWhileUncommitted(Shop.GuestCart cart, String... statements) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
            Future<Response> checkout = pool.submit(() -> Shop.checkout(cart, UUID.randomUUID().toString(),
                    Shop.checkoutBody(cart.id(), "ada@example.com")));
            await().atMost(Duration.ofSeconds(20)).until(this::aStatementWaitsForALock);
            other.commit();
            return checkout.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean aStatementWaitsForALock() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet waiting = connection.createStatement().executeQuery(
                        "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")) {
            return waiting.next() && waiting.getInt(1) > 0;
        }
    }

    @Test
    void theShippingAddressAndEmailAreValidated() {
        Shop.GuestCart cart = Shop.guestCart(Shop.stockedStyle().sku("7", "MEDIUM"), 1);
        String valid = Shop.checkoutBody(cart.id(), "ada@example.com");
        Shop.checkout(cart, UUID.randomUUID().toString(), valid.replace("\"US\"", "\"XX\""))
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("shippingAddress.country"));
        Shop.checkout(cart, UUID.randomUUID().toString(), valid.replace("\"US\"", "\"usa\""))
                .then().statusCode(400).body("errors[0].field", equalTo("shippingAddress.country"));
        Shop.checkout(cart, UUID.randomUUID().toString(), valid.replace("11201", "ABCDE"))
                .then().statusCode(400).body("errors[0].field", equalTo("shippingAddress.postalCode"));
        Shop.checkout(cart, UUID.randomUUID().toString(), valid.replace("ada@example.com", "not-an-email"))
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
        Shop.checkout(cart, UUID.randomUUID().toString(), valid.replace("\"line1\": \"12 Orchard Street\", ", ""))
                .then().statusCode(400).body("errors[0].field", equalTo("shippingAddress.line1"));
        // A UK postcode is fine for GB.
        Shop.checkout(cart, UUID.randomUUID().toString(), valid.replace("\"US\"", "\"GB\"").replace("11201", "SW1A 1AA"))
                .then().statusCode(201).body("shippingAddress.postalCode", equalTo("SW1A 1AA"));
    }

    @Test
    void anEmptyCartCannotBeCheckedOut() {
        var created = given().when().post("/carts").then().statusCode(201).extract();
        Shop.GuestCart cart = new Shop.GuestCart(created.path("id"), created.path("token"));
        Shop.checkout(cart, UUID.randomUUID().toString(), Shop.checkoutBody(cart.id(), "ada@example.com"))
                .then().statusCode(409).body("code", equalTo("CART_EMPTY")).body("errors[0].field", equalTo("cartId"));
    }

    private static Response customerCheckout(String bearer, String key, String body) {
        return given().auth().oauth2(bearer).header("Idempotency-Key", key)
                .contentType("application/json").body(body).when().post("/orders");
    }

    private static long ordersOfCart(String cartId) {
        return QuarkusTransaction.requiringNew().call(() -> Order.count("cartId", UUID.fromString(cartId)));
    }
}
