package com.ally.catalog.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;


/**
 * Applies a batch of events read off Kafka, each at most once, in one transaction: one commit and
 * one inbox statement for the whole batch instead of one per event, which is what lets a consumer
 * keep up with a checkout rush.
 *
 * <p>If the batch fails, its events are applied again one transaction each, so that one bad event
 * neither blocks nor drops the others. A failure that is the database's (connection lost, restart,
 * deadlock) is retried with back-off before the event is given up; a bad event is logged and skipped.
 */
@ApplicationScoped
public class InboxBatch {

    private static final Logger LOG = Logger.getLogger(InboxBatch.class);
    private static final int ATTEMPTS = 6;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private final Inbox inbox;
    private final ObjectMapper json;

    public InboxBatch(Inbox inbox, ObjectMapper json) {
        this.inbox = inbox;
        this.json = json;
    }

    /**
     * @param handler applies the effects of the events seen for the first time, in the order they
     *                came; runs inside the batch's transaction
     */
    public void apply(List<String> payloads, Consumer<List<IncomingEvent>> handler) {
        List<IncomingEvent> events = parse(payloads);
        if (events.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> applyOnce(events, handler));
        } catch (RuntimeException batchFailed) {
            LOG.warnf("A batch of %d events failed (%s); applying them one by one", events.size(), batchFailed.getMessage());
            events.forEach(event -> applyAlone(event, handler));
        }
    }

    private void applyAlone(IncomingEvent event, Consumer<List<IncomingEvent>> handler) {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(List.of(event), handler));
                return;
            } catch (RuntimeException e) {
                if (!databaseTrouble(e) || attempt == ATTEMPTS) {
                    LOG.errorf(e, "Skipped event %s (%s)", event.id(), event.type());
                    return;
                }
                LOG.warnf("Event %s waits for the database (%s); retry %d in %d ms", event.id(), e.getMessage(),
                        attempt, backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private void applyOnce(List<IncomingEvent> events, Consumer<List<IncomingEvent>> handler) {
        Set<UUID> fresh = inbox.firstDeliveries(events);
        // remove: a duplicate inside the batch is applied once too
        handler.accept(events.stream().filter(event -> fresh.remove(event.id())).toList());
    }

    private List<IncomingEvent> parse(List<String> payloads) {
        List<IncomingEvent> events = new ArrayList<>(payloads.size());
        for (String payload : payloads) {
            try {
                events.add(IncomingEvent.parse(json, payload));
            } catch (IllegalArgumentException e) {
                LOG.errorf("Skipped a record that is not a CloudEvent: %s", e.getMessage());
            }
        }
        return events;
    }

    /** Lost connection, shutdown, serialisation failure or deadlock: worth waiting for, unlike bad data. */
    static boolean databaseTrouble(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("40001") || state.equals("40P01")
                        || state.equals("53300")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}
