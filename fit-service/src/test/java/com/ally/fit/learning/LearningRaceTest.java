package com.ally.fit.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The order and return consumers run on their own threads and may touch one line at once. */
@QuarkusTest
class LearningRaceTest {

    @Inject
    LearningService learning;

    @Test
    void aDeliveryAndItsReturnsAppliedConcurrentlyCountEveryPairOnce() throws Exception {
        UUID styleId = UUID.randomUUID();
        String slug = "race-" + styleId.toString().substring(0, 8);
        UUID orderId = UUID.randomUUID();
        String sku = "RACE01-BLKLEA-090-M";
        List<Callable<Void>> work = new ArrayList<>();
        work.add(() -> inTransaction(() -> learning.delivered(orderId, sku, styleId, slug, 12)));
        for (int i = 0; i < 8; i++) {
            String reason = i % 2 == 0 ? "TOO_SMALL" : "TOO_NARROW";
            work.add(() -> inTransaction(() -> learning.returned(orderId, sku, styleId, slug, reason, 1)));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(9)) {
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        }
        StyleFit fit = QuarkusTransaction.requiringNew().call(() -> StyleFit.<StyleFit>findById(styleId));
        assertThat(fit.orders).isEqualTo(1);
        assertThat(fit.evidence()).isEqualTo(new Evidence(4, 4, 0, 4, 0, 0));
    }

    private static Void inTransaction(Runnable work) {
        QuarkusTransaction.requiringNew().run(work);
        return null;
    }
}
