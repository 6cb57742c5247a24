package com.ally.orders.cart;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ally.carts")
public interface CartConfig {

    /** A cart nobody touched for this long is gone (answered 404, then purged). */
    @WithDefault("P7D")
    Duration expireAfter();

    /** How often idle carts are purged. */
    @WithDefault("10m")
    String purgeEvery();

    /** The most pairs of one SKU a line may hold. */
    @WithDefault("10")
    int maxQuantity();
}
