package com.ally.orders.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends unsent outbox rows to Kafka, oldest first, and marks them sent. Delivery is at least once:
 * a crash between send and mark resends, and consumers drop the duplicate through their inbox.
 *
 * <p>Several replicas may run this. A transaction-scoped advisory lock lets one relay work at a time:
 * {@code SKIP LOCKED} alone would let two replicas send two events of one aggregate out of order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6f7574626f78L;
    private static final int BATCH = 500;

    private final Producer<String, String> producer;
    private final EntityManager em;
    private final Counter sent;
    private final Timer lag;

    public OutboxRelay(Producer<String, String> producer, EntityManager em, MeterRegistry metrics) {
        this.producer = producer;
        this.em = em;
        this.sent = metrics.counter("ally.outbox.sent");
        this.lag = metrics.timer("ally.outbox.lag");
    }

    @Scheduled(every = "${ally.outbox.relay-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        try {
            while (QuarkusTransaction.requiringNew().call(this::sendBatch) == BATCH) {
                // a full batch: more are waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay paused: %s", e.getMessage());
        }
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeSent() {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from outbox_event where sent_at < now() - interval '7 days'")
                .executeUpdate());
    }

    /** @return how many rows the batch held */
    int sendBatch() {
        boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!mine) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, topic, aggregate_id, payload, created_at from outbox_event
                where sent_at is null order by seq limit ?1 for update skip locked""")
                .setParameter(1, BATCH).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>((String) row[1], (String) row[2], (String) row[3]);
            record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            sends.add(producer.send(record));
        }
        producer.flush();
        List<UUID> delivered = new ArrayList<>(rows.size());
        Instant now = Instant.now();
        for (int i = 0; i < rows.size(); i++) {
            try {
                sends.get(i).get();
            } catch (Exception e) {
                // Stop at the first failure: what follows is resent next time, keeping per-key order.
                LOG.warnf("Kafka refused outbox event %s: %s", rows.get(i)[0], e.getMessage());
                break;
            }
            delivered.add((UUID) rows.get(i)[0]);
            lag.record(Duration.between(toInstant(rows.get(i)[4]), now));
        }
        if (!delivered.isEmpty()) {
            em.createNativeQuery("update outbox_event set sent_at = now() where id = any(?1)")
                    .setParameter(1, delivered.toArray(UUID[]::new)).executeUpdate();
            sent.increment(delivered.size());
        }
        return delivered.size() == rows.size() ? rows.size() : 0;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
