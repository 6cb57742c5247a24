package com.ally.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Direct calls to the services of the running stack, and fault injection through
 * deploy/faults/ctl. The fault suite calls services on their own ports so that the gateway's
 * rate limits do not shape what it measures.
 */
final class Stack {

    static final String CATALOG = "http://127.0.0.1:8081";
    static final String ORDERS = "http://127.0.0.1:8083";
    static final String FIT = "http://127.0.0.1:8082";

    private Stack() {
    }

    static RequestSpecification at(String base) {
        return RestAssured.given().baseUri(base);
    }

    static void ctl(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = Gateway.REPO.resolve("deploy/faults/ctl").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        String out = run(command);
        if (out == null) {
            throw new IllegalStateException("deploy/faults/ctl " + String.join(" ", args) + " failed");
        }
    }

    static long lag(String group) {
        String out = run(Gateway.REPO.resolve("deploy/faults/ctl").toString(), "lag", group);
        return out == null ? -1 : Long.parseLong(out.strip().lines().reduce((a, b) -> b).orElse("-1"));
    }

    /** @return standard output, or null when the command failed */
    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.print(out);
            return process.waitFor() == 0 ? out : null;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SKU of the demo style in the given size and width (first colourway), with its stock set. */
    static String skuWithStock(String style, double size, String width, int available, String adminToken) {
        JsonPath detail = at(CATALOG).when().get("/styles/" + style).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = detail.getList("colourways[0].availability");
        for (int r = 0; r < rows.size(); r++) {
            if (Math.abs(detail.getDouble("colourways[0].availability[" + r + "].size") - size) < 0.01) {
                String sku = detail.getString("colourways[0].availability[" + r + "].widths." + width + ".sku");
                int reserved = stock(sku, adminToken).getInt("reserved");
                at(CATALOG).auth().oauth2(adminToken).contentType("application/json")
                        .body(Map.of("onHand", reserved + available))
                        .when().put("/admin/stock/" + sku).then().statusCode(200);
                return sku;
            }
        }
        throw new IllegalStateException(style + " has no size " + size);
    }

    static JsonPath stock(String sku, String adminToken) {
        return at(CATALOG).auth().oauth2(adminToken).when().get("/admin/stock/" + sku)
                .then().statusCode(200).extract().jsonPath();
    }

    /** A guest cart holding one pair of the SKU: {cartId, cartToken}. */
    static String[] cart(String sku) {
        JsonPath cart = at(ORDERS).when().post("/carts").then().statusCode(201).extract().jsonPath();
        String id = cart.getString("id");
        String token = cart.getString("token");
        at(ORDERS).header("X-Cart-Token", token).contentType("application/json")
                .body(Map.of("sku", sku, "quantity", 1))
                .when().post("/carts/" + id + "/lines").then().statusCode(200);
        return new String[] {id, token};
    }

    /** Checks a cart out; returns the HTTP status and the order id. */
    static String[] checkout(String[] cart, String email) {
        var response = at(ORDERS).header("X-Cart-Token", cart[1]).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json")
                .body("{\"cartId\": \"" + cart[0] + "\", \"email\": \"" + email + "\", \"shippingAddress\": {\"name\": \"Fault Suite\","
                        + " \"line1\": \"1 Test Road\", \"city\": \"Austin\", \"postalCode\": \"78701\", \"country\": \"US\"}}")
                .when().post("/orders");
        return new String[] {Integer.toString(response.statusCode()), response.statusCode() == 201 ? response.path("id") : null};
    }

    static String status(String orderId, String opsToken) {
        return at(ORDERS).auth().oauth2(opsToken).when().get("/admin/orders/" + orderId)
                .then().statusCode(200).extract().path("status");
    }

    /** How many orders ops see for an email, following every page. */
    static int ordersFor(String email, String opsToken) {
        int count = 0;
        String cursor = null;
        do {
            var spec = at(ORDERS).auth().oauth2(opsToken).queryParam("email", email).queryParam("limit", 100);
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.when().get("/admin/orders").then().statusCode(200).extract().jsonPath();
            count += page.getList("items").size();
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return count;
    }
}
