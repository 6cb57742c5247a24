package com.ally.orders.order;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ally.orders")
public interface OrderConfig {

    /** A PENDING order with no answer from catalog within this time is CANCELLED. */
    @WithDefault("30s")
    Duration reservationTimeout();

    /** How often PENDING orders are checked against the reservation timeout. */
    @WithDefault("1s")
    String timeoutCheckEvery();

    /** How long after delivery a return may be requested. */
    @WithDefault("P30D")
    Duration returnWindow();
}
