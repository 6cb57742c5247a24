package com.ally.catalog.support;

import java.util.Locale;
import java.util.UUID;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/** Test data made through the admin API: small builders instead of copy-pasted JSON. */
public final class Catalog {

    private Catalog() {
    }

    public record Made(String slug, String code, String id) {

        public String sku(String colourway, String size, String width) {
            return code + "-" + colourway + "-" + size + "-" + width;
        }
    }

    /** A run-unique suffix for slugs. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A run-unique style code: 6 capital letters or digits. */
    public static String code() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase(Locale.ROOT);
    }

    public static String styleJson(String slug, String code, String name, String description, String category,
            double heel) {
        return """
                {"slug": "%s", "code": "%s", "name": "%s", "description": "%s", "category": "%s",
                 "heelHeightInches": %s, "toeShape": "POINTED",
                 "comfortFeatures": ["THREE_POINT_SUPPORT_INSOLE", "STRETCH_LEATHER_UPPER"],
                 "upperMaterials": ["LEATHER"]}""".formatted(slug, code, name, description, category, heel);
    }

    public static String colourwayJson(String code, String colour, long price, String extra) {
        return """
                {"code": "%s", "name": "%s %s", "colour": "%s", "material": "LEATHER",
                 "images": [{"url": "https://cdn.ally.example/%s.jpg", "alt": "%s shoe"}],
                 "price": {"amount": %d, "currency": "USD"}%s}""".formatted(code, colour, code, colour, code, colour, price,
                extra == null ? "" : ", " + extra);
    }

    public static Made draft(String prefix, String category, double heel, String name, String description) {
        String slug = prefix + "-" + unique();
        String code = code();
        String id = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(styleJson(slug, code, name, description, category, heel))
                .when().post("/admin/styles").then().statusCode(201).extract().path("id");
        return new Made(slug, code, id);
    }

    public static Made draft(String prefix) {
        return draft(prefix, "HEEL", 3.0, "Test Heel " + prefix, "A pointed stiletto for tests");
    }

    public static void colourway(Made style, String code, String colour, long price, String extra) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(colourwayJson(code, colour, price, extra))
                .when().post("/admin/styles/" + style.slug() + "/colourways").then().statusCode(201);
    }

    public static void stock(String sku, int onHand) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"onHand\": " + onHand + "}")
                .when().put("/admin/stock/" + sku).then().statusCode(200);
    }

    public static void publish(Made style) {
        given().auth().oauth2(Tokens.admin()).when().post("/admin/styles/" + style.slug() + "/publish")
                .then().statusCode(200);
    }

    /** A new collection of these styles, in this order; returns its slug. */
    public static String collection(String prefix, Made... styles) {
        String slug = prefix + "-" + unique();
        StringBuilder members = new StringBuilder();
        for (Made style : styles) {
            members.append(members.isEmpty() ? "" : ", ").append('"').append(style.slug()).append('"');
        }
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"slug\": \"" + slug + "\", \"name\": \"" + prefix + "\", \"styleSlugs\": [" + members + "]}")
                .when().post("/admin/collections").then().statusCode(201);
        return slug;
    }

    /** A published heel with one black colourway (all 68 SKUs, none in stock). */
    public static Made published(String prefix) {
        Made style = draft(prefix);
        colourway(style, "BLK", "BLACK", 19500, null);
        publish(style);
        return style;
    }
}
