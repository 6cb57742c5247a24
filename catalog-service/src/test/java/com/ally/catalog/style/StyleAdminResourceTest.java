package com.ally.catalog.style;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import com.ally.catalog.support.Catalog;
import com.ally.catalog.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class StyleAdminResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void createMakesADraftWithItsVersionAsETag() {
        String slug = "lbh-" + Catalog.unique();
        String code = Catalog.code();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Catalog.styleJson(slug, code, "The Little Black Heel", "Pointed 3-inch stiletto", "HEEL", 3.0))
                .when().post("/admin/styles")
                .then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", org.hamcrest.Matchers.endsWith("/admin/styles/" + slug))
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("allowedTransitions", contains("ACTIVE"))
                .body("code", equalTo(code))
                .body("heelHeightInches", equalTo(3.0f))
                .body("comfortFeatures", hasItem("THREE_POINT_SUPPORT_INSOLE"))
                .body("updatedBy", equalTo("admin-ada"));
        // A draft is not public.
        given().when().get("/styles/" + slug).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aColourwayCreatesSixtyEightSkusOrTheOfferedSubset() {
        Catalog.Made style = Catalog.draft("matrix");
        Catalog.colourway(style, "BLK", "BLACK", 19500, null);
        Catalog.colourway(style, "NUD", "NUDE", 19500, "\"sizes\": [7, 7.5, 8], \"widths\": [\"WIDE\", \"MEDIUM\"]");
        given().auth().oauth2(Tokens.admin()).when().get("/admin/styles/" + style.slug())
                .then().statusCode(200)
                .body("colourways", hasSize(2))
                .body("colourways[0].skus", hasSize(68))
                .body("colourways[0].skus.sku", hasItem(style.code() + "-BLK-075-W"))
                .body("colourways[0].skus.sku", hasItem(style.code() + "-BLK-120-XW"))
                .body("colourways[1].skus", hasSize(6))
                .body("colourways[1].skus[0].sku", equalTo(style.code() + "-NUD-070-M"))
                .body("colourways[1].skus[0].availability", equalTo("OUT"));
    }

    @Test
    void duplicateSlugAndCodeAreConflicts() {
        Catalog.Made style = Catalog.draft("dup");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Catalog.styleJson(style.slug(), Catalog.code(), "Again", "", "HEEL", 3.0))
                .when().post("/admin/styles")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("DUPLICATE_SLUG")).body("errors[0].field", equalTo("slug"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Catalog.styleJson("other-" + Catalog.unique(), style.code(), "Again", "", "HEEL", 3.0))
                .when().post("/admin/styles")
                .then().statusCode(409).body("code", equalTo("DUPLICATE_CODE")).body("errors[0].field", equalTo("code"));
        Catalog.colourway(style, "BLK", "BLACK", 19500, null);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Catalog.colourwayJson("BLK", "BLACK", 19500, null))
                .when().post("/admin/styles/" + style.slug() + "/colourways")
                .then().statusCode(409).body("code", equalTo("DUPLICATE_CODE"));
    }

    @Test
    void badSizesWidthsAndPricesAreNamedAndNothingIsWritten() {
        Catalog.Made style = Catalog.draft("bad");
        String path = "/admin/styles/" + style.slug() + "/colourways";
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Catalog.colourwayJson("BLK", "BLACK", 19500, "\"sizes\": [3.5, 8, 12.5, 7.25]"))
                .when().post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("sizes[0]", "sizes[2]", "sizes[3]"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Catalog.colourwayJson("BLK", "BLACK", 19500, "\"widths\": [\"WIDE\", \"HUGE\"]"))
                .when().post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("widths[1]"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Catalog.colourwayJson("BLK", "BLACK", 0, null))
                .when().post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("price.amount"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Catalog.colourwayJson("BLK", "BLACK", -100, null))
                .when().post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("price.amount"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Catalog.colourwayJson("BLK", "BLACK", 19500, "\"compareAtPrice\": {\"amount\": 19000, \"currency\": \"USD\"}"))
                .when().post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("compareAtPrice.amount"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"code\": \"BLK\", ")
                .when().post(path)
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        given().auth().oauth2(Tokens.admin()).when().get("/admin/styles/" + style.slug())
                .then().statusCode(200).body("colourways", hasSize(0));
    }

    @Test
    void unknownCollectionIsNamedAndTheStyleIsNotCreated() {
        String slug = "lost-" + Catalog.unique();
        String body = Catalog.styleJson(slug, Catalog.code(), "Lost", "", "HEEL", 3.0)
                .replace("\"upperMaterials\"", "\"collections\": [\"no-such-collection\"], \"upperMaterials\"");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/admin/styles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("collections[0]"));
        given().auth().oauth2(Tokens.admin()).when().get("/admin/styles/" + slug).then().statusCode(404);
    }

    @Test
    void invalidStyleFieldsAreEachNamed() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"slug\": \"Bad Slug\", \"code\": \"x\", \"name\": \"\", \"category\": \"HEEL\", \"heelHeightInches\": 9, \"toeShape\": \"POINTED\"}")
                .when().post("/admin/styles")
                .then().statusCode(400)
                .body("errors.field", contains("code", "heelHeightInches", "name", "slug"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Catalog.styleJson("c-" + Catalog.unique(), Catalog.code(), "X", "", "BOOT", 1.0))
                .when().post("/admin/styles")
                .then().statusCode(400).body("errors[0].field", equalTo("category"));
    }

    @Test
    void publishAndRetireFollowTheLifecycle() {
        Catalog.Made style = Catalog.draft("life");
        given().auth().oauth2(Tokens.admin()).when().post("/admin/styles/" + style.slug() + "/publish")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("ILLEGAL_TRANSITION"));
        given().auth().oauth2(Tokens.admin()).when().post("/admin/styles/" + style.slug() + "/retire")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        Catalog.colourway(style, "BLK", "BLACK", 19500, null);
        given().auth().oauth2(Tokens.admin()).when().post("/admin/styles/" + style.slug() + "/publish")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("publishedAt", notNullValue())
                .body("allowedTransitions", contains("RETIRED"));
        given().when().get("/styles/" + style.slug()).then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).when().post("/admin/styles/" + style.slug() + "/retire")
                .then().statusCode(200).body("status", equalTo("RETIRED"));
        given().when().get("/styles/" + style.slug()).then().statusCode(404);
    }

    @Test
    void staleIfMatchIs412AndCurrentOneWins() {
        Catalog.Made style = Catalog.draft("etag");
        String etag = given().auth().oauth2(Tokens.admin()).when().get("/admin/styles/" + style.slug())
                .then().statusCode(200).extract().header("ETag");
        String next = given().auth().oauth2(Tokens.admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"name\": \"Renamed\", \"heelHeightInches\": 2.5}")
                .when().patch("/admin/styles/" + style.slug())
                .then().statusCode(200).body("name", equalTo("Renamed")).body("heelHeightInches", equalTo(2.5f))
                .extract().header("ETag");
        org.assertj.core.api.Assertions.assertThat(next).isNotEqualTo(etag);
        given().auth().oauth2(Tokens.admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"name\": \"Lost update\"}")
                .when().patch("/admin/styles/" + style.slug())
                .then().statusCode(412).contentType("application/problem+json").body("code", equalTo("PRECONDITION_FAILED"));
        given().auth().oauth2(Tokens.admin()).when().get("/admin/styles/" + style.slug())
                .then().body("name", equalTo("Renamed"));
    }

    @Test
    void colourwayPriceCanChangeAndGoOnSale() {
        Catalog.Made style = Catalog.published("price");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"price\": {\"amount\": 15500, \"currency\": \"USD\"}, \"compareAtPrice\": {\"amount\": 19500, \"currency\": \"USD\"}}")
                .when().patch("/admin/styles/" + style.slug() + "/colourways/BLK")
                .then().statusCode(200)
                .body("colourways[0].price.amount", equalTo(15500))
                .body("colourways[0].compareAtPrice.amount", equalTo(19500));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"price\": {\"amount\": 0, \"currency\": \"USD\"}}")
                .when().patch("/admin/styles/" + style.slug() + "/colourways/BLK")
                .then().statusCode(400).body("errors[0].field", equalTo("price.amount"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"name\": \"x\"}")
                .when().patch("/admin/styles/" + style.slug() + "/colourways/NOPE")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void adminNeedsATokenAndTheRole() {
        String body = Catalog.styleJson("auth-" + Catalog.unique(), Catalog.code(), "X", "", "HEEL", 3.0);
        given().contentType(ContentType.JSON).body(body).when().post("/admin/styles")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHORIZED"));
        given().auth().oauth2(Tokens.customer()).contentType(ContentType.JSON).body(body).when().post("/admin/styles")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().when().get("/admin/styles/anything").then().statusCode(401);
        given().auth().oauth2(Tokens.customer()).when().post("/admin/styles/anything/publish").then().statusCode(403);
        given().when().post("/admin/styles/anything/retire").then().statusCode(401);
        given().auth().oauth2(Tokens.customer()).contentType(ContentType.JSON).body("{}")
                .when().patch("/admin/styles/anything").then().statusCode(403);
        given().auth().oauth2(Tokens.customer()).contentType(ContentType.JSON).body("{}")
                .when().post("/admin/styles/anything/colourways").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}")
                .when().patch("/admin/styles/anything/colourways/BLK").then().statusCode(401);
    }

    @Test
    void unknownStyleIs404() {
        given().auth().oauth2(Tokens.admin()).when().get("/admin/styles/no-such-style")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(Tokens.admin()).when().post("/admin/styles/no-such-style/publish").then().statusCode(404);
    }
}
