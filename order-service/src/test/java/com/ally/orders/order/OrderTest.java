package com.ally.orders.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.ally.orders.replica.CatalogSku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order lifecycle as plain rules: every move from every state, allowed or refused. */
class OrderTest {

    private static final Instant NOW = Instant.parse("2026-11-24T16:49:55Z");

    private static final Map<OrderStatus, Consumer<Order>> MOVES = Map.of(
            OrderStatus.CONFIRMED, o -> o.confirm(NOW),
            OrderStatus.REJECTED, o -> o.reject("[]", NOW),
            OrderStatus.PAID, o -> o.pay("pi_1", NOW),
            OrderStatus.SHIPPED, o -> o.ship("1Z1", NOW),
            OrderStatus.DELIVERED, o -> o.deliver(NOW),
            OrderStatus.CANCELLED, o -> o.cancel("TEST", NOW),
            OrderStatus.PENDING, o -> {
                throw new IllegalTransition("Order", o.status, OrderStatus.PENDING);
            });

    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.of(
            OrderStatus.PENDING, EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.REJECTED, OrderStatus.CANCELLED),
            OrderStatus.CONFIRMED, EnumSet.of(OrderStatus.PAID, OrderStatus.CANCELLED),
            OrderStatus.PAID, EnumSet.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED),
            OrderStatus.SHIPPED, EnumSet.of(OrderStatus.DELIVERED),
            OrderStatus.DELIVERED, EnumSet.noneOf(OrderStatus.class),
            OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class),
            OrderStatus.REJECTED, EnumSet.noneOf(OrderStatus.class));

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void everyMoveFromEveryStateIsAllowedOrRefusedAsTheLifecycleSays(OrderStatus from) {
        assertThat(from.next()).isEqualTo(ALLOWED.get(from));
        for (OrderStatus to : OrderStatus.values()) {
            Order order = orderIn(from);
            if (ALLOWED.get(from).contains(to)) {
                MOVES.get(to).accept(order);
                assertThat(order.status).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> MOVES.get(to).accept(order))
                        .isInstanceOf(IllegalTransition.class)
                        .hasMessage("Order cannot go from " + from + " to " + to)
                        .extracting("code").isEqualTo("ILLEGAL_TRANSITION");
                assertThat(order.status).isEqualTo(from);
            }
        }
    }

    @Test
    void placingPricesTheLinesFromTheReplica() {
        Order order = pending();
        assertThat(order.status).isEqualTo(OrderStatus.PENDING);
        assertThat(order.lines).hasSize(1);
        assertThat(order.totalAmount).isEqualTo(2 * 19500);
        assertThat(order.currency).isEqualTo("USD");
    }

    @Test
    void cancellingAPaidOrderRecordsTheRefund() {
        Order order = orderIn(OrderStatus.PAID);
        order.cancel("CUSTOMER_REQUEST", NOW);
        assertThat(order.refundAmount).isEqualTo(order.totalAmount);
        assertThat(order.cancelReason).isEqualTo("CUSTOMER_REQUEST");
    }

    @Test
    void cancellingAnUnpaidOrderRefundsNothing() {
        Order order = orderIn(OrderStatus.CONFIRMED);
        order.cancel("OPS_CANCELLED", NOW);
        assertThat(order.refundAmount).isNull();
    }

    @Test
    void onlyConfirmedAndPaidOrdersHoldStock() {
        assertThat(EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::holdsStock))
                .containsExactlyInAnyOrder(OrderStatus.CONFIRMED, OrderStatus.PAID);
    }

    @Test
    void aPendingOrderIsOverdueOnlyAfterTheTimeout() {
        Order order = pending();
        assertThat(order.reservationOverdue(NOW, NOW.plusSeconds(29), Duration.ofSeconds(30))).isFalse();
        assertThat(order.reservationOverdue(NOW, NOW.plusSeconds(31), Duration.ofSeconds(30))).isTrue();
        order.confirm(NOW);
        assertThat(order.reservationOverdue(NOW, NOW.plusSeconds(31), Duration.ofSeconds(30))).isFalse();
    }

    @Test
    void anOrderWhoseEventWaitsInTheOutboxIsNeverOverdue() {
        // The broker is down: catalog cannot have seen the order, so the wait has not begun.
        assertThat(pending().reservationOverdue(null, NOW.plusSeconds(3600), Duration.ofSeconds(30))).isFalse();
    }

    @Test
    void aDeliveredOrderIsReturnableFor30Days() {
        Order order = orderIn(OrderStatus.DELIVERED);
        assertThat(order.returnable(NOW.plus(Duration.ofDays(30)), Duration.ofDays(30))).isTrue();
        assertThat(order.returnable(NOW.plus(Duration.ofDays(31)), Duration.ofDays(30))).isFalse();
        assertThat(orderIn(OrderStatus.SHIPPED).returnable(NOW, Duration.ofDays(30))).isFalse();
    }

    static Order orderIn(OrderStatus status) {
        Order order = pending();
        switch (status) {
            case PENDING -> {
            }
            case REJECTED -> order.reject("[]", NOW);
            case CANCELLED -> order.cancel("TEST", NOW);
            default -> {
                order.confirm(NOW);
                if (status == OrderStatus.CONFIRMED) {
                    break;
                }
                order.pay("pi_1", NOW);
                if (status == OrderStatus.PAID) {
                    break;
                }
                order.ship("1Z1", NOW);
                if (status == OrderStatus.SHIPPED) {
                    break;
                }
                order.deliver(NOW);
            }
        }
        assertThat(order.status).isEqualTo(status);
        return order;
    }

    static Order pending() {
        CatalogSku sku = new CatalogSku();
        sku.sku = "FFL-BLKSUE-075-W";
        sku.styleId = UUID.randomUUID();
        sku.styleSlug = "forever-flat";
        sku.styleName = "The Forever Flat";
        sku.colourwayId = UUID.randomUUID();
        sku.colourwayName = "Black Suede";
        sku.size = new BigDecimal("7.5");
        sku.width = "WIDE";
        sku.priceAmount = 19500;
        sku.currency = "USD";
        Address address = new Address("Cleo Hart", "12 Orchard Street", null, "Brooklyn", "NY", "11201", "US");
        return Order.place(UUID.randomUUID(), "customer-cleo", null, "cleo@example.com", address, Map.of(sku, 2), NOW);
    }
}
