package com.ally.catalog.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import com.ally.catalog.support.Catalog;
import com.ally.catalog.support.Tokens;

/**
 * With the read cache on (an hour, so that nothing expires during the test): a public read is
 * answered from memory, and a change committed through the catalog empties it at once.
 */
@QuarkusTest
@TestProfile(ReadCacheTest.CacheOn.class)
class ReadCacheTest {

    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ally.http.read-cache-ttl", "1h");
        }
    }

    @Inject
    EntityManager em;

    private void renameBehindTheServicesBack(String slug, String name) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update style set name = ?1 where slug = ?2")
                .setParameter(1, name).setParameter(2, slug).executeUpdate());
    }

    @Test
    void aRepeatedReadComesFromMemoryAndAChangeThroughTheCatalogShowsAtOnce() {
        Catalog.Made style = Catalog.published("cached");
        String original = given().when().get("/styles/" + style.slug()).then().statusCode(200).extract().path("name");
        String listed = given().queryParam("q", original).when().get("/styles").then().statusCode(200)
                .extract().path("items[0].name");

        // A change that bypasses the service (no event): the cached answers stand.
        renameBehindTheServicesBack(style.slug(), "Renamed in SQL");
        given().when().get("/styles/" + style.slug()).then().statusCode(200).body("name", equalTo(original));
        given().queryParam("q", original).when().get("/styles").then().statusCode(200).body("items[0].name", equalTo(listed));

        // A change through the admin API commits an event, which empties the cache.
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"name\": \"Renamed by the admin\"}")
                .when().patch("/admin/styles/" + style.slug()).then().statusCode(200);
        given().when().get("/styles/" + style.slug()).then().statusCode(200).body("name", equalTo("Renamed by the admin"));
    }

    @Test
    void badInputIsStillRefusedWithTheCacheOn() {
        for (int i = 0; i < 2; i++) {
            given().queryParam("size", "12.5").when().get("/styles").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
            given().when().get("/styles/no-such-style").then().statusCode(404).contentType("application/problem+json");
        }
    }
}
