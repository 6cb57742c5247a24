package com.ally.orders.returns;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import com.ally.orders.order.OrderLine;

/** Pairs of one order line coming back, with the reason. */
@Embeddable
public class ReturnedLine {

    @Column(name = "order_line_id")
    public UUID orderLineId;
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
    @Column(name = "unit_amount")
    public long unitAmount;
    @Enumerated(EnumType.STRING)
    public ReturnReason reason;

    protected ReturnedLine() {
    }

    static ReturnedLine of(OrderLine line, int quantity, ReturnReason reason) {
        ReturnedLine returned = new ReturnedLine();
        returned.orderLineId = line.id;
        returned.sku = line.sku;
        returned.styleId = line.styleId;
        returned.styleSlug = line.styleSlug;
        returned.colourwayId = line.colourwayId;
        returned.size = line.size;
        returned.width = line.width;
        returned.quantity = quantity;
        returned.unitAmount = line.unitAmount;
        returned.reason = reason;
        return returned;
    }
}
