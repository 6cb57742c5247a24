package com.ally.orders.order;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.ally.orders.money.Money;

/** Entity to API records, in one place. */
@ApplicationScoped
public class OrderMapper {

    private static final TypeReference<List<OrderView.Unavailable>> UNAVAILABLE = new TypeReference<>() {
    };

    /** An order's returns, for its view; returns/ implements it (order/ does not depend on returns/). */
    public interface OrderReturns {
        List<OrderView.ReturnSummary> of(UUID orderId);
    }

    private final ObjectMapper json;
    private final Instance<OrderReturns> returns;

    public OrderMapper(ObjectMapper json, Instance<OrderReturns> returns) {
        this.json = json;
        this.returns = returns;
    }

    public OrderView.Detail detail(Order order, String orderToken) {
        return new OrderView.Detail(order.id.toString(), order.status, List.copyOf(order.status.next()), order.customerId,
                order.email, address(order), order.lines.stream().map(OrderMapper::line).toList(),
                Money.of(order.totalAmount, order.currency), unavailable(order),
                order.paymentReference, order.trackingNumber,
                order.refundAmount == null ? null : Money.of(order.refundAmount, order.currency), order.cancelReason,
                returns(order),
                order.createdAt, order.updatedAt, order.paidAt, order.shippedAt, order.deliveredAt, orderToken);
    }

    public OrderView.Summary summary(Order order) {
        return new OrderView.Summary(order.id.toString(), order.status, order.email, order.customerId,
                Money.of(order.totalAmount, order.currency), order.lines.stream().mapToInt(l -> l.quantity).sum(),
                order.createdAt);
    }

    /** Only a delivered order can have returns: no query for the others (checkout answers on the hot path). */
    private List<OrderView.ReturnSummary> returns(Order order) {
        if (order.status != OrderStatus.DELIVERED) {
            return List.of();
        }
        return returns.stream().flatMap(r -> r.of(order.id).stream()).toList();
    }

    static OrderView.Line line(OrderLine line) {
        Money unit = Money.of(line.unitAmount, line.order.currency);
        return new OrderView.Line(line.id.toString(), line.sku, line.styleId.toString(), line.styleSlug, line.styleName,
                line.colourwayId.toString(), line.colourwayName, line.size, line.width, line.quantity, unit,
                unit.times(line.quantity));
    }

    static Address address(Order order) {
        return new Address(order.shipName, order.shipLine1, order.shipLine2, order.shipCity, order.shipRegion,
                order.shipPostalCode, order.shipCountry);
    }

    List<OrderView.Unavailable> unavailable(Order order) {
        if (order.unavailable == null) {
            return null;
        }
        try {
            return json.readValue(order.unavailable, UNAVAILABLE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
