package com.ally.catalog.inventory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ally.inventory")
public interface InventoryConfig {

    /** The most available units of a SKU that are shown as LOW rather than IN_STOCK. */
    @WithDefault("3")
    int lowStockMax();
}
