package com.ally.catalog.style;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import com.ally.catalog.reservation.ReservationKind;
import com.ally.catalog.reservation.ReservationLine;
import com.ally.catalog.reservation.ReservationService;
import com.ally.catalog.sizing.Sizes;
import com.ally.catalog.support.Catalog;
import com.ally.catalog.support.StockSummaries;
import com.ally.catalog.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The list's in-stock filter and facets read the colourway summaries, not the SKUs: every way
 * stock moves (admin set, import, reservation, release, shipment, return) must move them too, in
 * the same transaction.
 */
@QuarkusTest
class StockFollowingListTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    ReservationService reservations;

    @Inject
    EntityManager em;

    private static List<String> listed(String collection, String query) {
        return given().when().get("/styles?collection=" + collection + query).then().statusCode(200)
                .extract().path("items.slug");
    }

    private static void assertListedInNineWide(String collection, Catalog.Made style, boolean listed) {
        List<String> slugs = listed(collection, "&size=9&width=WIDE&inStock=true");
        if (listed) {
            assertThat(slugs).containsExactly(style.slug());
        } else {
            assertThat(slugs).isEmpty();
        }
        // Offered is not in stock: without inStock the style is always there.
        assertThat(listed(collection, "&size=9&width=WIDE")).containsExactly(style.slug());
    }

    private void assertSummariesMatchTheSkus() {
        assertThat(QuarkusTransaction.requiringNew().call(() -> StockSummaries.mismatches(em)))
                .as("colourways whose summary differs from their SKUs").isEmpty();
    }

    @Test
    void reservingTheLastPairDelistsTheSizeAndGivingItBackListsItAgain() {
        Catalog.Made style = Catalog.published("lastpair");
        String collection = Catalog.collection("lastpair", style);
        String nineWide = style.sku("BLK", "090", "W");
        assertListedInNineWide(collection, style, false);

        Catalog.stock(nineWide, 1);
        assertListedInNineWide(collection, style, true);
        given().when().get("/styles?collection=" + collection).then().statusCode(200)
                .body("facets.sizes.value", contains("9.0")).body("facets.widths.value", contains("WIDE"));

        UUID order = UUID.randomUUID();
        assertThat(reservations.reserve(order, order, ReservationKind.ORDER, List.of(new ReservationLine(nineWide, 1)))
                .reserved()).isTrue();
        assertListedInNineWide(collection, style, false);
        given().when().get("/styles?collection=" + collection).then().statusCode(200)
                .body("facets.sizes", empty()).body("facets.widths", empty());
        assertSummariesMatchTheSkus();

        reservations.release(order, "CUSTOMER_REQUEST"); // cancelled: the pair is back
        assertListedInNineWide(collection, style, true);

        UUID shipped = UUID.randomUUID();
        reservations.reserve(shipped, shipped, ReservationKind.ORDER, List.of(new ReservationLine(nineWide, 1)));
        reservations.commit(shipped); // shipped: on hand 0, reserved 0
        assertListedInNineWide(collection, style, false);

        reservations.restock(List.of(new ReservationLine(nineWide, 1))); // returned in good order
        assertListedInNineWide(collection, style, true);
        assertSummariesMatchTheSkus();
    }

    @Test
    void staffCountsMoveTheSummaryToo() {
        Catalog.Made style = Catalog.published("counts");
        String collection = Catalog.collection("counts", style);
        String nineWide = style.sku("BLK", "090", "W");
        String sevenNarrow = style.sku("BLK", "070", "N");

        given().auth().oauth2(Tokens.admin()).contentType("text/csv")
                .body("sku,onHand\n" + sevenNarrow + ",3\n" + nineWide + ",2\n")
                .when().post("/admin/stock-imports").then().statusCode(200).body("availabilityChanged", equalTo(2));
        assertListedInNineWide(collection, style, true);
        assertThat(listed(collection, "&size=7&inStock=true")).containsExactly(style.slug());
        assertThat(listed(collection, "&width=NARROW&inStock=true")).containsExactly(style.slug());
        assertThat(listed(collection, "&width=MEDIUM&inStock=true")).isEmpty();

        Catalog.stock(nineWide, 0);
        assertListedInNineWide(collection, style, false);
        assertThat(listed(collection, "&inStock=true")).containsExactly(style.slug());
        Catalog.stock(sevenNarrow, 0);
        assertThat(listed(collection, "&inStock=true")).isEmpty();
        // LOW to IN_STOCK is no change to the summary, but the level still shows.
        Catalog.stock(nineWide, 2);
        Catalog.stock(nineWide, 40);
        assertListedInNineWide(collection, style, true);
        assertSummariesMatchTheSkus();
    }

    @Test
    void concurrentMovesInOneColourwayAreAllKept() throws Exception {
        Catalog.Made style = Catalog.published("busy");
        String collection = Catalog.collection("busy", style);
        // One pair in each of 12 sizes of WIDE, then 12 buyers at once, each for the last pair of
        // one size: every summary update must land on the row as the previous one left it.
        List<String> skus = new ArrayList<>();
        StringBuilder csv = new StringBuilder("sku,onHand\n");
        for (int i = 0; i < 12; i++) {
            String tenths = "%03d".formatted(Sizes.ALL.get(i).movePointRight(1).intValueExact());
            skus.add(style.sku("BLK", tenths, "W"));
            csv.append(skus.get(i)).append(",1\n");
        }
        given().auth().oauth2(Tokens.admin()).contentType("text/csv").body(csv.toString())
                .when().post("/admin/stock-imports").then().statusCode(200);
        assertThat(listed(collection, "&width=WIDE&inStock=true")).containsExactly(style.slug());

        ExecutorService pool = Executors.newFixedThreadPool(skus.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ReservationService.Outcome>> results = new ArrayList<>();
        for (String sku : skus) {
            UUID order = UUID.randomUUID();
            results.add(pool.submit(() -> {
                start.await();
                return reservations.reserve(order, order, ReservationKind.ORDER, List.of(new ReservationLine(sku, 1)));
            }));
        }
        start.countDown();
        for (Future<ReservationService.Outcome> result : results) {
            assertThat(result.get(120, TimeUnit.SECONDS).reserved()).isTrue();
        }
        pool.shutdown();
        assertThat(listed(collection, "&width=WIDE&inStock=true")).isEmpty();
        given().when().get("/styles?collection=" + collection).then().statusCode(200)
                .body("facets.widths.value", not(hasItem("WIDE")));
        assertSummariesMatchTheSkus();
    }

    @Test
    void aNewColourwayOffersOnlyItsSizesAndWidths() {
        Catalog.Made style = Catalog.draft("offered");
        Catalog.colourway(style, "NUD", "NUDE", 17500, "\"sizes\": [8, 9], \"widths\": [\"WIDE\"]");
        Catalog.publish(style);
        String collection = Catalog.collection("offered", style);
        assertThat(listed(collection, "&size=9&width=WIDE")).containsExactly(style.slug());
        assertThat(listed(collection, "&size=9&width=MEDIUM")).isEmpty();
        assertThat(listed(collection, "&size=10")).isEmpty();
        assertThat(listed(collection, "&width=WIDE&colour=NUDE")).containsExactly(style.slug());
        assertThat(listed(collection, "&width=WIDE&colour=BLACK")).isEmpty();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"onHand\": 4}")
                .when().put("/admin/stock/" + style.sku("NUD", "080", "W")).then().statusCode(200);
        assertThat(listed(collection, "&size=8&width=WIDE&inStock=true&colour=NUDE&priceMax=17500"))
                .containsExactly(style.slug());
        assertThat(listed(collection, "&size=8&width=WIDE&inStock=true&priceMax=17499")).isEmpty();
        assertSummariesMatchTheSkus();
    }
}
