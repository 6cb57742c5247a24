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
import com.ally.orders.problem.ApiException;
import com.ally.orders.problem.FieldError;

/**
 * A return (or exchange) of pairs from a delivered order: REQUESTED until ops receive the goods, then
 * RECEIVED. A return is refunded on receipt. An exchange's replacement has its own state: PENDING until
 * catalog answers, then RESERVED (ops ship it once the goods are back: SHIPPED) or REJECTED (refunded
 * like a return). The refund or the shipment follows the goods, never precedes them.
 */
@Entity
@Table(name = "order_return")
public class OrderReturn extends PanacheEntityBase {

    public static final String RETURN = "RETURN";
    public static final String EXCHANGE = "EXCHANGE";
    public static final String REQUESTED = "REQUESTED";
    public static final String RECEIVED = "RECEIVED";
    public static final String PENDING = "PENDING";
    public static final String RESERVED = "RESERVED";
    public static final String REJECTED = "REJECTED";
    public static final String SHIPPED = "SHIPPED";

    @Id
    public UUID id;

    @Column(name = "order_id")
    public UUID orderId;

    public String kind;

    public String status;

    /** For an exchange: PENDING until catalog answers, then RESERVED or REJECTED; RESERVED becomes SHIPPED. */
    @Column(name = "replacement_status")
    public String replacementStatus;

    @Column(name = "refund_amount")
    public Long refundAmount;

    public String currency;

    @Column(name = "replacement_tracking_number")
    public String replacementTrackingNumber;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "replacement_shipped_at")
    public Instant replacementShippedAt;

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
        request.replacementStatus = replacements.isEmpty() ? null : PENDING;
        request.status = REQUESTED;
        request.createdAt = now;
        request.updatedAt = now;
        return request;
    }

    /**
     * Ops have the goods. A return, or an exchange catalog could not serve, is refunded now; an exchange
     * whose replacement is RESERVED waits for ops to ship it; one still PENDING waits for catalog's answer
     * (a refund then, if catalog rejects it), so that a late reservation never adds a replacement to a refund.
     */
    public void receive(Instant now) {
        if (!REQUESTED.equals(status)) {
            throw new IllegalTransition("Return", status, RECEIVED);
        }
        status = RECEIVED;
        receivedAt = now;
        updatedAt = now;
        if (!EXCHANGE.equals(kind) || REJECTED.equals(replacementStatus)) {
            refund();
        }
    }

    /** Catalog's answer to the exchange's reservation; only the first one counts. */
    public void replacementAnswered(boolean reserved, Instant now) {
        if (!PENDING.equals(replacementStatus)) {
            return;
        }
        replacementStatus = reserved ? RESERVED : REJECTED;
        updatedAt = now;
        if (!reserved && RECEIVED.equals(status)) {
            refund();
        }
    }

    /** Ops send the replacement catalog reserved, once the returned goods are in: RESERVED -> SHIPPED. */
    public void shipReplacement(String trackingNumber, Instant now) {
        if (!EXCHANGE.equals(kind)) {
            throw ApiException.conflict("ILLEGAL_TRANSITION", "A plain return has no replacement to ship", "kind");
        }
        if (!RESERVED.equals(replacementStatus)) {
            throw new ApiException(409, "ILLEGAL_TRANSITION", "Conflict", "The replacement cannot go from "
                    + replacementStatus + " to " + SHIPPED, List.of(new FieldError("replacementStatus", "is "
                    + replacementStatus + "; only a RESERVED replacement ships")));
        }
        if (!RECEIVED.equals(status)) {
            throw new ApiException(409, "ILLEGAL_TRANSITION", "Conflict", "The replacement ships once the returned goods "
                    + "are received", List.of(new FieldError("status", "is " + status + "; receive the goods first")));
        }
        replacementStatus = SHIPPED;
        replacementTrackingNumber = trackingNumber;
        replacementShippedAt = now;
        updatedAt = now;
    }

    /** The returned lines at the prices the order charged for them. */
    private void refund() {
        refundAmount = lines.stream().mapToLong(l -> Math.multiplyExact(l.unitAmount, l.quantity)).reduce(0L, Math::addExact);
    }

    public List<String> allowedTransitions() {
        return REQUESTED.equals(status) ? List.of(RECEIVED) : List.of();
    }

    /** The replacement's next state, if ops can move it now: SHIPPED once the goods are in and it is reserved. */
    public List<String> replacementAllowedTransitions() {
        return RECEIVED.equals(status) && RESERVED.equals(replacementStatus) ? List.of(SHIPPED) : List.of();
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
