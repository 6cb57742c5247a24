package com.ally.orders.cart;

import com.ally.orders.replica.CatalogSku;

/**
 * A line of a cart handed over to checkout: the SKU's code, the pairs, and the replica's SKU as it
 * stands now (null when the catalog never described it).
 */
public record CheckoutLine(String sku, int quantity, CatalogSku catalog) {

    /** Only a SKU the replica knows and still sells can be bought. */
    public boolean sellable() {
        return catalog != null && catalog.sellable();
    }
}
