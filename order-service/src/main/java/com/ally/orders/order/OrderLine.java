package com.ally.orders.order;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import com.ally.orders.replica.CatalogSku;

/** A line as it was bought: a copy of the catalog's facts and price at checkout, never looked up again. */
@Entity
@Table(name = "order_line")
public class OrderLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne
    @JoinColumn(name = "order_id")
    public Order order;

    public int position;

    public String sku;

    @Column(name = "style_id")
    public UUID styleId;

    @Column(name = "style_slug")
    public String styleSlug;

    @Column(name = "style_name")
    public String styleName;

    @Column(name = "colourway_id")
    public UUID colourwayId;

    @Column(name = "colourway_name")
    public String colourwayName;

    public BigDecimal size;

    public String width;

    public int quantity;

    @Column(name = "unit_amount")
    public long unitAmount;

    protected OrderLine() {
    }

    static OrderLine of(Order order, int position, CatalogSku sku, int quantity) {
        OrderLine line = new OrderLine();
        line.id = UUID.randomUUID();
        line.order = order;
        line.position = position;
        line.sku = sku.sku;
        line.styleId = sku.styleId;
        line.styleSlug = sku.styleSlug;
        line.styleName = sku.styleName;
        line.colourwayId = sku.colourwayId;
        line.colourwayName = sku.colourwayName;
        line.size = sku.size;
        line.width = sku.width;
        line.quantity = quantity;
        line.unitAmount = sku.priceAmount;
        return line;
    }

    public long lineAmount() {
        return Math.multiplyExact(unitAmount, quantity);
    }
}
