package com.ally.orders.order;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import com.ally.orders.replica.CatalogSku;
import com.ally.orders.sql.Inserts;

/**
 * An order and its lifecycle: PENDING until catalog reserves (CONFIRMED) or refuses (REJECTED) the
 * stock, then PAID, SHIPPED, DELIVERED; CANCELLED from PENDING, CONFIRMED or PAID, with a refund
 * recorded when it was paid. Every move goes through {@link #moveTo}, so no rule can be skipped.
 */
@Entity(name = "ShopOrder")
@Table(name = "shop_order")
public class Order extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public OrderStatus status;

    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "guest_token_hash")
    public String guestTokenHash;

    public String email;

    @Column(name = "ship_name")
    public String shipName;
    @Column(name = "ship_line1")
    public String shipLine1;
    @Column(name = "ship_line2")
    public String shipLine2;
    @Column(name = "ship_city")
    public String shipCity;
    @Column(name = "ship_region")
    public String shipRegion;
    @Column(name = "ship_postal_code")
    public String shipPostalCode;
    @Column(name = "ship_country")
    public String shipCountry;

    @Column(name = "total_amount")
    public long totalAmount;

    public String currency;

    @Column(name = "cart_id")
    public UUID cartId;

    /** Catalog's list of what it could not reserve, as JSON, when REJECTED. */
    public String unavailable;

    @Column(name = "payment_reference")
    public String paymentReference;

    @Column(name = "tracking_number")
    public String trackingNumber;

    @Column(name = "refund_amount")
    public Long refundAmount;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** Whether catalog holds stock for it: tells catalog on cancellation that there is something to release. */
    @Column(name = "stock_reserved")
    public boolean stockReserved;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "paid_at")
    public Instant paidAt;
    @Column(name = "shipped_at")
    public Instant shippedAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<OrderLine> lines = new ArrayList<>();

    protected Order() {
    }

    /** A new PENDING order of the given SKUs and quantities, priced as the replica has them now. */
    public static Order place(UUID cartId, String customerId, String guestTokenHash, String email, Address address,
            Map<CatalogSku, Integer> items, Instant now) {
        Order order = new Order();
        order.id = UUID.randomUUID();
        order.status = OrderStatus.PENDING;
        order.cartId = cartId;
        order.customerId = customerId;
        order.guestTokenHash = guestTokenHash;
        order.email = email;
        order.shipName = address.name();
        order.shipLine1 = address.line1();
        order.shipLine2 = address.line2();
        order.shipCity = address.city();
        order.shipRegion = address.region();
        order.shipPostalCode = address.postalCode();
        order.shipCountry = address.country();
        order.createdAt = now;
        order.updatedAt = now;
        int position = 0;
        for (Map.Entry<CatalogSku, Integer> item : items.entrySet()) {
            OrderLine line = OrderLine.of(order, position++, item.getKey(), item.getValue());
            order.lines.add(line);
            order.totalAmount = Math.addExact(order.totalAmount, line.lineAmount());
            order.currency = item.getKey().currency;
        }
        return order;
    }

    /**
     * This new order and its lines as rows of {@code rows}, which checkout writes in one statement
     * with its event and Idempotency-Key (the columns as mapped above). The order is not managed by
     * Hibernate afterwards: nothing in that transaction reads it back.
     */
    void insertInto(Inserts rows) {
        rows.row("shop_order", """
                id, status, customer_id, guest_token_hash, email, ship_name, ship_line1, ship_line2, ship_city,
                ship_region, ship_postal_code, ship_country, total_amount, currency, cart_id, created_at, updated_at""",
                id, status, customerId, guestTokenHash, email, shipName, shipLine1, shipLine2, shipCity,
                shipRegion, shipPostalCode, shipCountry, totalAmount, currency, cartId, createdAt, updatedAt);
        rows.rows("order_line", """
                id, order_id, position, sku, style_id, style_slug, style_name, colourway_id, colourway_name,
                size, width, quantity, unit_amount""",
                lines.stream().map(l -> new Object[] {l.id, id, l.position, l.sku, l.styleId, l.styleSlug, l.styleName,
                        l.colourwayId, l.colourwayName, l.size, l.width, l.quantity, l.unitAmount}).toList());
    }

    public void confirm(Instant now) {
        moveTo(OrderStatus.CONFIRMED, now);
        stockReserved = true;
    }

    public void reject(String unavailableJson, Instant now) {
        moveTo(OrderStatus.REJECTED, now);
        unavailable = unavailableJson;
    }

    public void pay(String reference, Instant now) {
        moveTo(OrderStatus.PAID, now);
        paymentReference = reference;
        paidAt = now;
    }

    public void ship(String tracking, Instant now) {
        moveTo(OrderStatus.SHIPPED, now);
        trackingNumber = tracking;
        shippedAt = now;
    }

    public void deliver(Instant now) {
        moveTo(OrderStatus.DELIVERED, now);
        deliveredAt = now;
    }

    /** Cancels; a paid order gets its whole total refunded. */
    public void cancel(String reason, Instant now) {
        boolean wasPaid = status == OrderStatus.PAID;
        moveTo(OrderStatus.CANCELLED, now);
        cancelReason = reason;
        if (wasPaid) {
            refundAmount = totalAmount;
        }
    }

    /**
     * The reservation answer came too late: still PENDING a timeout after {@code waitingSince}, the
     * moment OrderPlaced reached Kafka (null while it still waits in the outbox, e.g. with the broker
     * down: an order catalog could not see yet is never overdue).
     */
    public boolean reservationOverdue(Instant waitingSince, Instant now, Duration timeout) {
        return status == OrderStatus.PENDING && waitingSince != null && waitingSince.plus(timeout).isBefore(now);
    }

    /** When this order's OrderPlaced went out to Kafka; empty while it waits in the outbox. */
    static Optional<Instant> placedEventSentAt(UUID orderId) {
        List<Instant> sent = getEntityManager().createNativeQuery("""
                select sent_at from outbox_event
                where aggregate_id = ?1 and type = ?2 and sent_at is not null""", Instant.class)
                .setParameter(1, orderId.toString()).setParameter(2, OrderEvents.PLACED).getResultList();
        return sent.stream().findFirst();
    }

    /**
     * PENDING orders whose OrderPlaced reached Kafka before {@code sentBefore}, longest waiting first.
     * An event is sent after its order was created: filtering on created_at too leaves PostgreSQL no
     * pending order to look up under normal traffic, instead of a scan of the outbox every second.
     */
    static List<UUID> waitingForReservationSince(Instant sentBefore, int limit) {
        return getEntityManager().createNativeQuery("""
                select o.id from shop_order o
                join outbox_event e on e.aggregate_id = cast(o.id as text) and e.type = ?1
                where o.status = 'PENDING' and o.created_at < ?2 and e.sent_at < ?2
                order by e.sent_at limit ?3""", UUID.class)
                .setParameter(1, OrderEvents.PLACED).setParameter(2, sentBefore).setParameter(3, limit).getResultList();
    }

    public boolean returnable(Instant now, Duration window) {
        return status == OrderStatus.DELIVERED && deliveredAt != null && !deliveredAt.plus(window).isBefore(now);
    }

    public boolean guest() {
        return customerId == null;
    }

    private void moveTo(OrderStatus target, Instant now) {
        if (!status.canBecome(target)) {
            throw new IllegalTransition("Order", status, target);
        }
        status = target;
        updatedAt = now;
    }
}
