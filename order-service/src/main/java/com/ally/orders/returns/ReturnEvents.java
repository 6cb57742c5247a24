package com.ally.orders.returns;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.ally.orders.outbox.Outbox;

/** The return's events, as their schemas in resources/events/ define them: each line's style, colourway, size, width. */
@ApplicationScoped
public class ReturnEvents {

    public static final String TOPIC = "orders.return";
    public static final String REQUESTED = "ally.orders.return.requested.v1";
    public static final String EXCHANGE_REQUESTED = "ally.orders.return.exchange-requested.v1";
    public static final String RECEIVED = "ally.orders.return.received.v1";
    public static final String REPLACEMENT_SHIPPED = "ally.orders.return.replacement-shipped.v1";

    private final Outbox outbox;

    public ReturnEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** requested, exchange-requested and received: the whole return, its lines and its replacements. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(OrderReturn r, String type) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("returnId", r.id.toString());
        data.put("orderId", r.orderId.toString());
        data.put("kind", r.kind);
        data.put("lines", r.lines.stream().map(l -> {
            Map<String, Object> line = line(l.sku, l.styleId, l.styleSlug, l.colourwayId, l.size, l.width, l.quantity);
            line.put("reason", l.reason.name());
            return line;
        }).toList());
        data.put("replacements", replacements(r));
        data.put("occurredAt", r.updatedAt.toString());
        outbox.publish(TOPIC, r.id.toString(), type, data);
    }

    /**
     * replacement-shipped: the pairs that left the warehouse, as {@code lines}. Catalog commits the
     * exchange's reservation (reservation id = return id) on it, as it commits an order's on OrderShipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replacementShipped(OrderReturn r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("returnId", r.id.toString());
        data.put("orderId", r.orderId.toString());
        data.put("kind", r.kind);
        data.put("lines", replacements(r));
        data.put("trackingNumber", r.replacementTrackingNumber);
        data.put("occurredAt", r.replacementShippedAt.toString());
        outbox.publish(TOPIC, r.id.toString(), REPLACEMENT_SHIPPED, data);
    }

    private static List<Map<String, Object>> replacements(OrderReturn r) {
        return r.replacements.stream()
                .map(p -> line(p.sku, p.styleId, p.styleSlug, p.colourwayId, p.size, p.width, p.quantity))
                .toList();
    }

    private static Map<String, Object> line(String sku, UUID styleId, String styleSlug, UUID colourwayId,
            BigDecimal size, String width, int quantity) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("sku", sku);
        line.put("styleId", styleId.toString());
        line.put("styleSlug", styleSlug);
        line.put("colourwayId", colourwayId.toString());
        line.put("size", size);
        line.put("width", width);
        line.put("quantity", quantity);
        return line;
    }
}
