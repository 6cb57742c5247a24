package com.ally.catalog.inventory;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import com.ally.catalog.support.Catalog;
import com.ally.catalog.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class StockResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static void onHand(String sku, int expected) {
        given().auth().oauth2(Tokens.admin()).when().get("/admin/stock/" + sku)
                .then().statusCode(200).body("onHand", equalTo(expected));
    }

    @Test
    void setStockOfOneSku() {
        Catalog.Made style = Catalog.published("stock");
        String sku = style.sku("BLK", "090", "W");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"onHand\": 3}")
                .when().put("/admin/stock/" + sku)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("sku", equalTo(sku)).body("size", equalTo(9.0f)).body("width", equalTo("WIDE"))
                .body("onHand", equalTo(3)).body("reserved", equalTo(0)).body("available", equalTo(3))
                .body("availability", equalTo("LOW"));
        onHand(sku, 3);
    }

    @Test
    void negativeStockAndUnknownSkuAreRefused() {
        Catalog.Made style = Catalog.published("neg");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"onHand\": -1}")
                .when().put("/admin/stock/" + style.sku("BLK", "090", "W"))
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("onHand"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"onHand\": 1}")
                .when().put("/admin/stock/NOPE-NOPE-090-W")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.admin()).when().get("/admin/stock/NOPE-NOPE-090-W").then().statusCode(404);
    }

    @Test
    void importAppliesEveryRowOrNone() {
        Catalog.Made style = Catalog.published("import");
        String a = style.sku("BLK", "070", "M");
        String b = style.sku("BLK", "075", "M");
        String bad = "{\"rows\": [{\"sku\": \"" + a + "\", \"onHand\": 9}, {\"sku\": \"NOPE-1\", \"onHand\": 1},"
                + " {\"sku\": \"" + b + "\", \"onHand\": -4}, {\"sku\": \"" + a + "\", \"onHand\": 2}]}";
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(bad)
                .when().post("/admin/stock-imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("rows[1].sku", "rows[2].onHand", "rows[3].sku"));
        onHand(a, 0);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"rows\": [{\"sku\": \"" + a + "\", \"onHand\": 9}, {\"sku\": \"" + b + "\", \"onHand\": 2}]}")
                .when().post("/admin/stock-imports")
                .then().statusCode(200).body("applied", equalTo(2)).body("availabilityChanged", equalTo(2));
        onHand(a, 9);
        onHand(b, 2);
    }

    @Test
    void importTakesCsvAndNamesBadRows() {
        Catalog.Made style = Catalog.published("csv");
        String a = style.sku("BLK", "080", "N");
        given().auth().oauth2(Tokens.admin()).contentType("text/csv").body("sku,onHand\n" + a + ",4\nNOPE,x\n")
                .when().post("/admin/stock-imports")
                .then().statusCode(400).body("errors.field", contains("rows[1].sku", "rows[1].onHand"));
        onHand(a, 0);
        given().auth().oauth2(Tokens.admin()).contentType("text/csv").body("sku,onHand\n" + a + ",4\n")
                .when().post("/admin/stock-imports")
                .then().statusCode(200).body("applied", equalTo(1));
        onHand(a, 4);
        given().auth().oauth2(Tokens.admin()).contentType("text/csv").body("no header")
                .when().post("/admin/stock-imports")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswer() {
        Catalog.Made style = Catalog.published("idem");
        String a = style.sku("BLK", "100", "XW");
        String key = UUID.randomUUID().toString();
        String body = "{\"rows\": [{\"sku\": \"" + a + "\", \"onHand\": 6}]}";
        given().auth().oauth2(Tokens.admin()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/admin/stock-imports").then().statusCode(200).body("applied", equalTo(1));
        Catalog.stock(a, 1);
        given().auth().oauth2(Tokens.admin()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/admin/stock-imports")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("applied", equalTo(1));
        onHand(a, 1); // replayed, not applied again
        given().auth().oauth2(Tokens.admin()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"rows\": [{\"sku\": \"" + a + "\", \"onHand\": 7}]}")
                .when().post("/admin/stock-imports")
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void malformedAndEmptyImportsAreProblems() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"rows\": x}")
                .when().post("/admin/stock-imports").then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"rows\": []}")
                .when().post("/admin/stock-imports").then().statusCode(400).body("errors[0].field", equalTo("rows"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"lines\": []}")
                .when().post("/admin/stock-imports").then().statusCode(400).body("code", equalTo("UNKNOWN_FIELD"));
    }

    @Test
    void stockNeedsTheAdminRole() {
        given().contentType(ContentType.JSON).body("{\"onHand\": 1}").when().put("/admin/stock/X")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.customer()).contentType(ContentType.JSON).body("{\"onHand\": 1}")
                .when().put("/admin/stock/X").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(Tokens.customer()).when().get("/admin/stock/X").then().statusCode(403);
        given().contentType("text/csv").body("sku,onHand\n").when().post("/admin/stock-imports").then().statusCode(401);
        given().auth().oauth2(Tokens.customer()).contentType(ContentType.JSON).body("{\"rows\": []}")
                .when().post("/admin/stock-imports").then().statusCode(403);
    }
}
