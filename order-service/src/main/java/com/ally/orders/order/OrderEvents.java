package com.ally.orders.order;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.ally.orders.money.Money;
import com.ally.orders.outbox.Outbox;
import com.ally.orders.sql.Inserts;

/** The order's events, as contract.md defines them: the order's state plus what the change adds. No PII. */
@ApplicationScoped
public class OrderEvents {

    public static final String TOPIC = "orders.order";
    public static final String PLACED = "ally.orders.order.placed.v1";
    public static final String CONFIRMED = "ally.orders.order.confirmed.v1";
    public static final String REJECTED = "ally.orders.order.rejected.v1";
    public static final String CANCELLED = "ally.orders.order.cancelled.v1";
    public static final String PAID = "ally.orders.order.paid.v1";
    public static final String SHIPPED = "ally.orders.order.shipped.v1";
    public static final String DELIVERED = "ally.orders.order.delivered.v1";

    private final Outbox outbox;
    private final ObjectMapper json;

    public OrderEvents(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Order order, String type, Map<String, Object> extra) {
        outbox.publish(TOPIC, order.id.toString(), type, data(order, extra));
    }

    /** OrderPlaced for a new order whose rows are in {@code rows}: its outbox row joins them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void placed(Order order, Inserts rows) {
        outbox.publish(rows, TOPIC, order.id.toString(), PLACED, data(order, Map.of()));
    }

    private ObjectNode data(Order order, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderId", order.id.toString());
        data.put("status", order.status.name());
        data.put("customerId", order.customerId);
        data.put("lines", order.lines.stream().map(OrderEvents::line).toList());
        data.put("total", Money.of(order.totalAmount, order.currency));
        data.put("occurredAt", order.updatedAt.toString());
        data.putAll(extra);
        return tree(data);
    }

    /**
     * The contract keeps null-valued fields ({@code "customerId": null} for a guest, {@code "refund": null}),
     * which the service-wide non-null inclusion would drop from a map: a JSON tree keeps them.
     */
    private ObjectNode tree(Map<String, Object> data) {
        ObjectNode node = json.createObjectNode();
        data.forEach((key, value) -> node.set(key, value == null ? NullNode.getInstance() : json.valueToTree(value)));
        return node;
    }

    public void publish(Order order, String type) {
        publish(order, type, Map.of());
    }

    static Map<String, Object> line(OrderLine line) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lineId", line.id.toString());
        data.put("sku", line.sku);
        data.put("styleId", line.styleId.toString());
        data.put("styleSlug", line.styleSlug);
        data.put("colourwayId", line.colourwayId.toString());
        data.put("size", line.size);
        data.put("width", line.width);
        data.put("quantity", line.quantity);
        data.put("unitPrice", Money.of(line.unitAmount, line.order.currency));
        return data;
    }

    /** The extra fields of a cancellation. */
    static Map<String, Object> cancellation(Order order, boolean stockWasReserved) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("reason", order.cancelReason);
        extra.put("stockWasReserved", stockWasReserved);
        extra.put("refund", order.refundAmount == null ? null : Money.of(order.refundAmount, order.currency));
        return extra;
    }

    static Map<String, Object> unavailable(List<OrderView.Unavailable> unavailable) {
        return Map.of("unavailable", unavailable);
    }

    static Map<String, Object> deliveredAt(Instant at) {
        return Map.of("deliveredAt", at.toString());
    }
}
