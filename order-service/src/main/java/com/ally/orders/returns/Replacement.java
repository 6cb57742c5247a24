package com.ally.orders.returns;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import com.ally.orders.replica.CatalogSku;

/** The pairs an exchange sends instead: the same colourway in another size and/or width. */
@Embeddable
public class Replacement {

    public String sku;
    @Column(name = "style_id")
    public UUID styleId;
    @Column(name = "style_slug")
    public String styleSlug;
    @Column(name = "colourway_id")
    public UUID colourwayId;
    public BigDecimal size;
    public String width;
    public int quantity;

    protected Replacement() {
    }

    static Replacement of(CatalogSku sku, int quantity) {
        Replacement replacement = new Replacement();
        replacement.sku = sku.sku;
        replacement.styleId = sku.styleId;
        replacement.styleSlug = sku.styleSlug;
        replacement.colourwayId = sku.colourwayId;
        replacement.size = sku.size;
        replacement.width = sku.width;
        replacement.quantity = quantity;
        return replacement;
    }
}
