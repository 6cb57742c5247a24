package com.ally.orders.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Starts the relay as soon as a transaction that wrote events commits, instead of waiting for its
 * next scheduled run (the scheduler cannot run it more often than once a second): the time from a
 * change to its event on Kafka drops from up to a second to a few milliseconds. The schedule stays
 * as the safety net for anything a kick misses (a crash, a relay that was busy).
 */
@ApplicationScoped
public class RelayKick {

    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;
    private final ManagedExecutor executor;
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final long gatherMillis;

    public RelayKick(OutboxRelay relay, TransactionSynchronizationRegistry transactions, ManagedExecutor executor,
            @ConfigProperty(name = "ally.outbox.kick-gather") Duration gather) {
        this.relay = relay;
        this.transactions = transactions;
        this.executor = executor;
        this.gatherMillis = gather.toMillis();
    }

    /** Call inside the transaction that published: the relay runs once it has committed. */
    public void afterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    kick();
                }
            }
        });
    }

    /** Kicks arriving while the relay runs fold into one more run, so a burst of commits costs a few runs, not one each. */
    void kick() {
        wanted.set(true);
        if (running.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (wanted.getAndSet(false)) {
                relay.relay();
                // Each checkout commits alone: a relay run per commit would send one or two events
                // per transaction. Kicks that came in during a run wait a moment for the next ones.
                if (wanted.get() && gatherMillis > 0) {
                    pause();
                }
            }
        } finally {
            running.set(false);
            if (wanted.get() && running.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(gatherMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
