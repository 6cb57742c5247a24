package com.ally.catalog.reservation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import com.ally.catalog.support.Catalog;
import com.ally.catalog.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ReservationServiceTest {

    @Inject
    ReservationService reservations;

    private static void level(String sku, int onHand, int reserved, int available) {
        given().auth().oauth2(Tokens.admin()).when().get("/admin/stock/" + sku)
                .then().statusCode(200).body("onHand", equalTo(onHand)).body("reserved", equalTo(reserved))
                .body("available", equalTo(available));
    }

    @Test
    void fiftyConcurrentOrdersForTheLastFivePairsReserveExactlyFive() throws Exception {
        Catalog.Made style = Catalog.published("race");
        String sku = style.sku("BLK", "080", "M");
        Catalog.stock(sku, 5);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ReservationService.Outcome>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID order = UUID.randomUUID();
            results.add(pool.submit(() -> {
                start.await();
                return reservations.reserve(order, order, ReservationKind.ORDER, List.of(new ReservationLine(sku, 1)));
            }));
        }
        start.countDown();
        int reserved = 0;
        int rejected = 0;
        for (Future<ReservationService.Outcome> result : results) {
            if (result.get(120, TimeUnit.SECONDS).reserved()) {
                reserved++;
            } else {
                rejected++;
            }
        }
        pool.shutdown();
        assertThat(reserved).isEqualTo(5);
        assertThat(rejected).isEqualTo(45);
        level(sku, 5, 5, 0);
    }

    @Test
    void allLinesOrNoneAndTheShortLineIsNamed() {
        Catalog.Made style = Catalog.published("allornone");
        String plenty = style.sku("BLK", "070", "W");
        String scarce = style.sku("BLK", "075", "W");
        Catalog.stock(plenty, 3);
        Catalog.stock(scarce, 1);
        UUID order = UUID.randomUUID();
        ReservationService.Outcome outcome = reservations.reserve(order, order, ReservationKind.ORDER,
                List.of(new ReservationLine(plenty, 2), new ReservationLine(scarce, 2), new ReservationLine("NO-SUCH-040-N", 1)));
        assertThat(outcome.reserved()).isFalse();
        assertThat(outcome.shortages()).containsExactlyInAnyOrder(new ReservationService.Shortage(scarce, 2, 1),
                new ReservationService.Shortage("NO-SUCH-040-N", 1, 0));
        level(plenty, 3, 0, 3);
        level(scarce, 1, 0, 1);
    }

    @Test
    void releaseAndCommitActOnceOnWhatWasHeld() {
        Catalog.Made style = Catalog.published("hold");
        String sku = style.sku("BLK", "095", "N");
        Catalog.stock(sku, 4);
        UUID cancelled = UUID.randomUUID();
        UUID shipped = UUID.randomUUID();
        reservations.reserve(cancelled, cancelled, ReservationKind.ORDER, List.of(new ReservationLine(sku, 1), new ReservationLine(sku, 1)));
        reservations.reserve(shipped, shipped, ReservationKind.ORDER, List.of(new ReservationLine(sku, 1)));
        level(sku, 4, 3, 1);
        // Asking again for the same reservation holds nothing more.
        assertThat(reservations.reserve(shipped, shipped, ReservationKind.ORDER, List.of(new ReservationLine(sku, 1))).reserved()).isTrue();
        level(sku, 4, 3, 1);

        assertThat(reservations.release(cancelled, "CUSTOMER_REQUEST")).containsExactly(new ReservationLine(sku, 2));
        assertThat(reservations.release(cancelled, "CUSTOMER_REQUEST")).isEmpty();
        level(sku, 4, 1, 3);

        assertThat(reservations.commit(shipped)).containsExactly(new ReservationLine(sku, 1));
        assertThat(reservations.commit(shipped)).isEmpty();
        assertThat(reservations.release(shipped, "TOO_LATE")).isEmpty();
        level(sku, 3, 0, 3);
    }

    @Test
    void stockCannotBeSetBelowWhatIsReserved() {
        Catalog.Made style = Catalog.published("below");
        String sku = style.sku("BLK", "100", "M");
        Catalog.stock(sku, 3);
        UUID order = UUID.randomUUID();
        reservations.reserve(order, order, ReservationKind.ORDER, List.of(new ReservationLine(sku, 2)));
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"onHand\": 1}")
                .when().put("/admin/stock/" + sku)
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("STOCK_BELOW_RESERVED"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"rows\": [{\"sku\": \"" + sku + "\", \"onHand\": 1}]}")
                .when().post("/admin/stock-imports")
                .then().statusCode(400).body("errors[0].field", equalTo("rows[0].onHand"));
        level(sku, 3, 2, 1);
    }
}
