package com.ally.orders.returns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import com.ally.orders.order.IllegalTransition;

/**
 * A return (or exchange) of pairs from a delivered order: REQUESTED until ops receive the goods,
 * then RECEIVED with the refund recorded, or, for an exchange whose replacements catalog reserved,
 * the replacement shipment.
 */
@Entity
@Table(name = "order_return")
public class OrderReturn extends PanacheEntityBase {

    public static final String RETURN = "RETURN";
    public static final String EXCHANGE = "EXCHANGE";
    public static final String REQUESTED = "REQUESTED";
    public static final String RECEIVED = "RECEIVED";

    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    public String kind;

    public String status;

    /** For an exchange: PENDING until catalog answers, then RESERVED or REJECTED; SHIPPED once received. */
    @Column(name = "replacement_status")
    public String replacementStatus;

    @Column(name = "refund_amount")
    public Long refundAmount;

    public String currency;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "received_at")
    public Instant receivedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "return_line", joinColumns = @JoinColumn(name = "return_id"))
    @OrderColumn(name = "position")
    public List<ReturnedLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "return_replacement", joinColumns = @JoinColumn(name = "return_id"))
    @OrderColumn(name = "position")
    public List<Replacement> replacements = new ArrayList<>();

    protected OrderReturn() {
    }

    static OrderReturn request(UUID orderId, String currency, List<ReturnedLine> lines, List<Replacement> replacements, Instant now) {
        OrderReturn request = new OrderReturn();
        request.id = UUID.randomUUID();
        request.orderId = orderId;
        request.currency = currency;
        request.lines.addAll(lines);
        request.replacements.addAll(replacements);
        request.kind = replacements.isEmpty() ? RETURN : EXCHANGE;
        request.replacementStatus = replacements.isEmpty() ? null : "PENDING";
        request.status = REQUESTED;
        request.createdAt = now;
        request.updatedAt = now;
        return request;
    }

    /** Ops have the goods: refund them, or ship the replacements catalog reserved. */
    public void receive(Instant now) {
        if (!REQUESTED.equals(status)) {
            throw new IllegalTransition("Return", status, RECEIVED);
        }
        status = RECEIVED;
        receivedAt = now;
        updatedAt = now;
        if (EXCHANGE.equals(kind) && "RESERVED".equals(replacementStatus)) {
            replacementStatus = "SHIPPED";
        } else {
            refundAmount = lines.stream().mapToLong(l -> Math.multiplyExact(l.unitAmount, l.quantity)).sum();
        }
    }

    public void replacementAnswered(boolean reserved, Instant now) {
        if ("PENDING".equals(replacementStatus)) {
            replacementStatus = reserved ? "RESERVED" : "REJECTED";
            updatedAt = now;
        }
    }

    public List<String> allowedTransitions() {
        return REQUESTED.equals(status) ? List.of(RECEIVED) : List.of();
    }

    /** Pairs already asked back, per order line, across the order's returns. */
    static Map<UUID, Integer> returnedSoFar(UUID orderId) {
        Map<UUID, Integer> returned = new HashMap<>();
        for (OrderReturn existing : OrderReturn.<OrderReturn>list("orderId", orderId)) {
            for (ReturnedLine line : existing.lines) {
                returned.merge(line.orderLineId, line.quantity, Integer::sum);
            }
        }
        return returned;
    }
}
