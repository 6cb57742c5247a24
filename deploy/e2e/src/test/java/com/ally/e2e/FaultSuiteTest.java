package com.ally.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static com.ally.e2e.Stack.at;
import static com.ally.e2e.Stack.ctl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults against the running local stack: the broker stopped, a service SIGKILLed mid-saga,
 * every event delivered again, a hundred buyers of the last pair, PostgreSQL restarted. Each case
 * writes the figures it saw to deploy/local/.state/faults-report.md. Ordered, because each case
 * takes the whole stack down in its own way; each leaves it whole again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {

    static final Path REPORT = Gateway.REPO.resolve("deploy/local/.state/faults-report.md");
    static final List<String> FINAL = List.of("CONFIRMED", "REJECTED", "CANCELLED");
    static final String STYLE = "forever-flat";

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String admin = Gateway.token("catalog-admin", "fault-suite");
    final String ops = Gateway.token("ops", "fault-suite");

    @Test
    @Order(1)
    void brokerDownWhileTwoHundredOrdersArePlaced() throws Exception {
        String sku = Stack.skuWithStock(STYLE, 5.0, "NARROW", 1000, admin);
        int reservedBefore = Stack.stock(sku, admin).getInt("reserved");
        String email = "outage-" + run + "@example.com";
        List<String[]> carts = parallel(200, 16, i -> Stack.cart(sku));

        ctl("stop", "kafka");
        List<String[]> placed;
        try {
            placed = parallel(200, 16, i -> Stack.checkout(carts.get(i), email));
        } finally {
            ctl("start", "kafka");
        }
        long accepted = placed.stream().filter(p -> p[0].equals("201")).count();
        Map<String, Long> outcome = awaitFinal(ids(placed), Duration.ofSeconds(180));
        int stored = Stack.ordersFor(email, ops);
        int reserved = Stack.stock(sku, admin).getInt("reserved") - reservedBefore;

        report("Kafka stopped while 200 orders were placed", "placed 200, accepted " + accepted + ", " + outcome
                + ", stored " + stored + " (lost " + (200 - stored) + ", duplicated " + Math.max(0, stored - 200)
                + "), reserved +" + reserved);
        assertThat(accepted).isEqualTo(200);
        assertThat(outcome.getOrDefault("CONFIRMED", 0L)).isEqualTo(200);
        assertThat(stored).isEqualTo(200);
        assertThat(reserved).isEqualTo(200);
    }

    @Test
    @Order(2)
    void servicesKilledInTheMiddleOfTheSaga() throws Exception {
        String sku = Stack.skuWithStock(STYLE, 5.5, "NARROW", 1000, admin);
        int reservedBefore = Stack.stock(sku, admin).getInt("reserved");
        String email = "kill-" + run + "@example.com";
        List<String[]> carts = parallel(60, 8, i -> Stack.cart(sku));

        List<String[]> placed = new ArrayList<>(parallel(20, 8, i -> Stack.checkout(carts.get(i), email)));
        ctl("kill", "catalog-service");
        placed.addAll(parallel(20, 8, i -> Stack.checkout(carts.get(20 + i), email)));
        ctl("start", "catalog-service");
        placed.addAll(parallel(20, 8, i -> Stack.checkout(carts.get(40 + i), email)));
        ctl("kill", "order-service");
        ctl("start", "order-service");

        Map<String, Long> outcome = awaitFinal(ids(placed), Duration.ofSeconds(180));
        int stored = Stack.ordersFor(email, ops);
        int reserved = Stack.stock(sku, admin).getInt("reserved") - reservedBefore;
        report("catalog-service, then order-service SIGKILLed mid-saga", "placed 60, accepted "
                + placed.stream().filter(p -> p[0].equals("201")).count() + ", " + outcome + ", stored " + stored
                + ", reserved +" + reserved);
        assertThat(outcome.getOrDefault("CONFIRMED", 0L)).isEqualTo(60);
        assertThat(stored).isEqualTo(60);
        assertThat(reserved).isEqualTo(60);
    }

    @Test
    @Order(3)
    void everyEventDeliveredAgainChangesNothing() {
        String a = Stack.skuWithStock(STYLE, 5.0, "NARROW", 3, admin);
        String b = Stack.skuWithStock(STYLE, 5.5, "NARROW", 3, admin);
        String stockBefore = Stack.stock(a, admin).prettify() + Stack.stock(b, admin).prettify();
        String fitBefore = at(Stack.FIT).when().get("/styles/" + STYLE + "/fit-summary").then().statusCode(200)
                .extract().jsonPath().getString("evidence");

        ctl("kill", "catalog-service");
        ctl("kill", "fit-service");
        for (String group : List.of("catalog-service", "fit-service")) {
            ctl("reset-offsets", group, "orders.order");
            ctl("reset-offsets", group, "orders.return");
        }
        ctl("start", "catalog-service");
        ctl("start", "fit-service");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Stack.lag("catalog-service") == 0 && Stack.lag("fit-service") == 0);

        String stockAfter = Stack.stock(a, admin).prettify() + Stack.stock(b, admin).prettify();
        String fitAfter = at(Stack.FIT).when().get("/styles/" + STYLE + "/fit-summary").then().statusCode(200)
                .extract().jsonPath().getString("evidence");
        report("all order and return events replayed to catalog and fit", "stock unchanged: "
                + stockBefore.equals(stockAfter) + ", fit evidence unchanged: " + fitBefore.equals(fitAfter));
        assertThat(stockAfter).isEqualTo(stockBefore);
        assertThat(fitAfter).isEqualTo(fitBefore);
    }

    @Test
    @Order(4)
    void aHundredBuyersOfTheLastPair() throws Exception {
        String sku = Stack.skuWithStock(STYLE, 6.0, "NARROW", 1, admin);
        String email = "lastpair-" + run + "@example.com";
        List<String[]> carts = parallel(100, 16, i -> Stack.cart(sku));
        List<String[]> placed = parallel(100, 100, i -> Stack.checkout(carts.get(i), email));
        Map<String, Long> outcome = awaitFinal(ids(placed), Duration.ofSeconds(120));
        int available = Stack.stock(sku, admin).getInt("available");
        report("100 concurrent buyers of the last pair", "accepted "
                + placed.stream().filter(p -> p[0].equals("201")).count() + ", " + outcome + ", available after " + available);
        assertThat(outcome.getOrDefault("CONFIRMED", 0L)).isEqualTo(1);
        assertThat(outcome.getOrDefault("REJECTED", 0L)).isEqualTo(99);
        assertThat(available).isZero();
    }

    @Test
    @Order(5)
    void postgresRestartedUnderLoad() throws Exception {
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        List<String> readiness = Collections.synchronizedList(new ArrayList<>());
        ExecutorService load = Executors.newFixedThreadPool(3);
        load.submit(() -> {
            while (loading.get()) {
                statuses.add(at(Stack.CATALOG).when().get("/styles?limit=5").statusCode());
            }
        });
        load.submit(() -> {
            String last = "";
            while (loading.get()) {
                String now = at(Stack.ORDERS).when().get("/q/health/ready").statusCode() == 200 ? "UP" : "DOWN";
                if (!now.equals(last)) {
                    readiness.add(now);
                    last = now;
                }
                Thread.sleep(50);
            }
            return null;
        });
        Thread.sleep(2000);
        Instant restart = Instant.now();
        ctl("restart-postgres");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() ->
                at(Stack.CATALOG).when().get("/q/health/ready").statusCode() == 200
                        && at(Stack.ORDERS).when().get("/q/health/ready").statusCode() == 200
                        && at(Stack.CATALOG).when().get("/styles?limit=5").statusCode() == 200);
        Duration recovered = Duration.between(restart, Instant.now());
        loading.set(false);
        load.shutdown();
        load.awaitTermination(10, TimeUnit.SECONDS);

        String sku = Stack.skuWithStock(STYLE, 6.5, "NARROW", 5, admin);
        String[] order = Stack.checkout(Stack.cart(sku), "pg-" + run + "@example.com");
        Map<String, Long> outcome = awaitFinal(List.of(order[1]), Duration.ofSeconds(60));
        Map<Integer, Long> answers = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        report("PostgreSQL restarted under load", "reads answered " + answers + ", order-service readiness "
                + readiness + ", recovered in " + recovered.toMillis() + " ms without restarting a service; an order after: " + outcome);
        assertThat(outcome).containsEntry("CONFIRMED", 1L);
        assertThat(answers.keySet()).allMatch(s -> s == 200 || s >= 500);
    }

    private Map<String, Long> awaitFinal(List<String> orderIds, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).until(() ->
                orderIds.stream().allMatch(id -> FINAL.contains(Stack.status(id, ops))));
        return orderIds.stream().collect(Collectors.groupingBy(id -> Stack.status(id, ops), Collectors.counting()));
    }

    private static List<String> ids(List<String[]> placed) {
        return placed.stream().map(p -> p[1]).filter(id -> id != null).toList();
    }

    private static <T> List<T> parallel(int n, int threads, Function<Integer, T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> task.apply(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void report(String fault, String figures) {
        String line = "| " + fault + " | " + figures + " |\n";
        System.out.print("FAULT " + line);
        try {
            if (!Files.exists(REPORT)) {
                Files.writeString(REPORT, "| fault | figures |\n|---|---|\n");
            }
            Files.writeString(REPORT, line, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stackIsWhole() {
        await().atMost(Duration.ofSeconds(60)).until(() ->
                at(Stack.CATALOG).when().get("/q/health/ready").statusCode() == 200
                        && at(Stack.ORDERS).when().get("/q/health/ready").statusCode() == 200);
    }
}
