package com.ally.catalog.support;

import java.util.List;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/**
 * The brand's demo line-up as deploy/local/seed/catalog-service.sh loads it: six collections, six
 * styles, 22 colourways (1,496 SKUs) with the seed's stock spread (about one SKU in six OUT, some
 * LOW), through the admin API.
 */
public final class DemoLineUp {

    public static final List<String> COLLECTIONS = List.of("little-black-heels", "five-shades-of-nude", "bridal",
            "pops-of-colour", "dressy-straps", "forever-flats");

    private static final String HEELS = "\"THREE_POINT_SUPPORT_INSOLE\", \"STRETCH_LEATHER_UPPER\", \"PADDED_HEEL_COUNTER\"";
    private static final String FLATS = "\"ARCH_SUPPORT\", \"METATARSAL_SUPPORT\", \"SUEDE_LINING\", \"CUSHIONED_FOOTBED\"";

    /** style slug, code, name, category, heel, features; then its colourways: code, colour, material, price, compareAt. */
    private record Style(String slug, String code, String name, String category, String heel, String features,
            List<String[]> colourways, List<String> collections) {
    }

    private static final List<Style> STYLES = List.of(
            new Style("little-black-heel", "LBH", "The Little Black Heel", "HEEL", "3.0", HEELS, List.of(
                    cw("BLKLEA", "BLACK", "LEATHER", 24500), cw("BLKPAT", "BLACK", "PATENT_LEATHER", 24500),
                    cw("BLKSUE", "BLACK", "SUEDE", 24500)), List.of("little-black-heels")),
            new Style("nude-pump", "NUP", "The Nude Pump", "HEEL", "3.0", HEELS, List.of(
                    cw("NUD1", "NUDE", "LEATHER", 24500), cw("NUD2", "NUDE", "LEATHER", 24500),
                    cw("NUD3", "NUDE", "LEATHER", 24500), cw("NUD4", "NUDE", "LEATHER", 24500),
                    cw("NUD5", "NUDE", "LEATHER", 24500)), List.of("five-shades-of-nude")),
            new Style("bridal-heel", "BRH", "The Bridal Heel", "HEEL", "3.0", HEELS, List.of(
                    cw("WHTSAT", "WHITE", "SATIN", 26500), cw("IVRSAT", "IVORY", "SATIN", 26500)), List.of("bridal")),
            new Style("colour-pop-heel", "CPH", "The Colour Pop Heel", "HEEL", "3.0", HEELS, List.of(
                    cw("REDPAT", "RED", "PATENT_LEATHER", 24500), cw("COBSUE", "BLUE", "SUEDE", 24500),
                    new String[] {"EMESUE", "GREEN", "SUEDE", "19600", "24500"}, cw("FUCLEA", "PINK", "LEATHER", 24500)),
                    List.of("pops-of-colour")),
            new Style("strappy-heel", "STR", "The Strappy Heel", "HEEL", "3.0",
                    "\"THREE_POINT_SUPPORT_INSOLE\", \"ADJUSTABLE_STRAP\", \"PADDED_HEEL_COUNTER\"", List.of(
                            cw("BLKLEA", "BLACK", "LEATHER", 25500), cw("NUDLEA", "NUDE", "LEATHER", 25500),
                            cw("GLDMET", "GOLD", "METALLIC_LEATHER", 25500)),
                    List.of("little-black-heels", "five-shades-of-nude", "bridal", "dressy-straps")),
            new Style("forever-flat", "FFL", "The Forever Flat", "FLAT", "0.6", FLATS, List.of(
                    cw("BLKSUE", "BLACK", "SUEDE", 19500), cw("BLKCMB", "BLACK", "SUEDE_LEATHER", 19500),
                    cw("NUDCMB", "NUDE", "SUEDE_LEATHER", 19500), cw("NVYSUE", "NAVY", "SUEDE", 19500),
                    new String[] {"REDCMB", "RED", "SUEDE_LEATHER", "19500", "21500"}), List.of("forever-flats")));

    private static boolean loaded;

    private DemoLineUp() {
    }

    private static String[] cw(String code, String colour, String material, long price) {
        return new String[] {code, colour, material, Long.toString(price), null};
    }

    /** Loads it once per test run (the database is fresh per run). */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String slug : COLLECTIONS) {
            admin("{\"slug\": \"" + slug + "\", \"name\": \"" + slug + "\"}").post("/admin/collections").then().statusCode(201);
        }
        StringBuilder csv = new StringBuilder("sku,onHand");
        int entry = 0;
        for (Style style : STYLES) {
            admin("""
                    {"slug": "%s", "code": "%s", "name": "%s", "category": "%s", "heelHeightInches": %s,
                     "toeShape": "POINTED", "comfortFeatures": [%s], "upperMaterials": ["LEATHER"], "collections": [%s]}"""
                    .formatted(style.slug(), style.code(), style.name(), style.category(), style.heel(), style.features(),
                            String.join(", ", style.collections().stream().map(c -> "\"" + c + "\"").toList())))
                    .post("/admin/styles").then().statusCode(201);
            for (String[] c : style.colourways()) {
                String compareAt = c[4] == null ? "" : ", \"compareAtPrice\": {\"amount\": " + c[4] + ", \"currency\": \"USD\"}";
                admin("""
                        {"code": "%s", "name": "%s %s", "colour": "%s", "material": "%s",
                         "price": {"amount": %s, "currency": "USD"}%s}""".formatted(c[0], c[1], c[2], c[1], c[2], c[3], compareAt))
                        .post("/admin/styles/" + style.slug() + "/colourways").then().statusCode(201);
                // The seed's spread: the same formula, the same i (1 to 22) per colourway.
                entry++;
                for (int tenths = 40; tenths <= 120; tenths += 5) {
                    for (String width : List.of("N", "M", "W", "XW")) {
                        int n = (tenths * 7 + width.length() * 5 + entry * 11) % 17;
                        n = n > 12 ? 0 : n; // about one SKU in six is sold out
                        String sku = style.code() + "-" + c[0] + "-" + "%03d".formatted(tenths) + "-" + width;
                        if (sku.equals("FFL-BLKSUE-090-W")) {
                            n = 14;
                        } else if (sku.equals("FFL-BLKSUE-090-XW")) {
                            n = 9;
                        }
                        csv.append('\n').append(sku).append(',').append(n);
                    }
                }
            }
        }
        given().auth().oauth2(Tokens.admin()).contentType("text/csv").body(csv.toString())
                .when().post("/admin/stock-imports").then().statusCode(200).body("applied", org.hamcrest.Matchers.equalTo(1496));
        for (Style style : STYLES) {
            given().auth().oauth2(Tokens.admin()).when().post("/admin/styles/" + style.slug() + "/publish").then().statusCode(200);
        }
        loaded = true;
    }

    private static io.restassured.specification.RequestSpecification admin(String body) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).when();
    }
}
