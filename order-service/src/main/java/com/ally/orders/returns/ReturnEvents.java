package com.ally.orders.returns;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.ally.orders.outbox.Outbox;

/** The return's events, as contract.md defines them: each line's style, colourway, size, width and reason. */
@ApplicationScoped
public class ReturnEvents {

    public static final String TOPIC = "orders.return";
    public static final String REQUESTED = "ally.orders.return.requested.v1";
    public static final String EXCHANGE_REQUESTED = "ally.orders.return.exchange-requested.v1";
    public static final String RECEIVED = "ally.orders.return.received.v1";

    private final Outbox outbox;

    public ReturnEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(OrderReturn r, String type) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("returnId", r.id.toString());
        data.put("orderId", r.orderId.toString());
        data.put("kind", r.kind);
        data.put("lines", r.lines.stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sku", l.sku);
            line.put("styleId", l.styleId.toString());
            line.put("styleSlug", l.styleSlug);
            line.put("colourwayId", l.colourwayId.toString());
            line.put("size", l.size);
            line.put("width", l.width);
            line.put("quantity", l.quantity);
            line.put("reason", l.reason.name());
            return line;
        }).toList());
        data.put("replacements", r.replacements.stream().map(p -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sku", p.sku);
            line.put("styleId", p.styleId.toString());
            line.put("styleSlug", p.styleSlug);
            line.put("colourwayId", p.colourwayId.toString());
            line.put("size", p.size);
            line.put("width", p.width);
            line.put("quantity", p.quantity);
            return line;
        }).toList());
        data.put("occurredAt", r.updatedAt.toString());
        outbox.publish(TOPIC, r.id.toString(), type, data);
    }
}
