package com.ally.orders.order;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Cancels PENDING orders that catalog did not answer within {@code ally.orders.reservation-timeout}. */
@ApplicationScoped
public class ReservationTimeout {

    private static final Logger LOG = Logger.getLogger(ReservationTimeout.class);

    private final OrderService orders;

    public ReservationTimeout(OrderService orders) {
        this.orders = orders;
    }

    @Scheduled(every = "${ally.orders.timeout-check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void cancelOverdue() {
        List<UUID> overdue;
        try {
            overdue = orders.overdue(200);
        } catch (RuntimeException e) {
            // The database is away (or the service is stopping): the next run catches up.
            LOG.debugf("Reservation timeout check skipped: %s", e.getMessage());
            return;
        }
        for (UUID id : overdue) {
            try {
                if (orders.cancelIfOverdue(id)) {
                    LOG.infof("Cancelled order %s: no stock reservation answer in time", id);
                }
            } catch (RuntimeException e) {
                LOG.warnf("Could not cancel overdue order %s: %s", id, e.getMessage());
            }
        }
    }
}
