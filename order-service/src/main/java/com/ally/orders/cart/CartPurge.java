package com.ally.orders.cart;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Removes carts nobody touched within {@code ally.carts.expire-after}. */
@ApplicationScoped
public class CartPurge {

    private static final Logger LOG = Logger.getLogger(CartPurge.class);

    private final CartService carts;

    public CartPurge(CartService carts) {
        this.carts = carts;
    }

    @Scheduled(every = "${ally.carts.purge-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        long purged = carts.purgeIdleSince(carts.idleCutoff());
        if (purged > 0) {
            LOG.infof("Purged %d idle carts", purged);
        }
    }
}
