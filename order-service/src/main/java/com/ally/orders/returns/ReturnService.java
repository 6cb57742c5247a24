package com.ally.orders.returns;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.ally.orders.access.Caller;
import com.ally.orders.idempotency.IdempotencyKeys;
import com.ally.orders.idempotency.IdempotentAnswer;
import com.ally.orders.order.Order;
import com.ally.orders.order.OrderConfig;
import com.ally.orders.order.OrderLine;
import com.ally.orders.order.OrderMapper;
import com.ally.orders.order.OrderService;
import com.ally.orders.order.OrderView;
import com.ally.orders.order.ReservationConsumer;
import com.ally.orders.problem.ApiException;
import com.ally.orders.replica.CatalogSku;

/**
 * Transaction boundary for returns and exchanges; also applies catalog's answer to an exchange's
 * reservation, and lists an order's returns for the order's own view.
 */
@ApplicationScoped
public class ReturnService implements ReservationConsumer.ExchangeReservations, OrderMapper.OrderReturns {

    private final OrderService orders;
    private final IdempotencyKeys idempotency;
    private final ReturnEvents events;
    private final OrderConfig config;

    public ReturnService(OrderService orders, IdempotencyKeys idempotency, ReturnEvents events, OrderConfig config) {
        this.orders = orders;
        this.idempotency = idempotency;
        this.events = events;
        this.config = config;
    }

    /** What the idempotency hash covers: the order and the request. */
    record Keyed(UUID orderId, ReturnView.Request request) {
    }

    @Transactional
    public IdempotentAnswer request(UUID orderId, Optional<String> customerId, String orderToken, String key,
            ReturnView.Request request) {
        if (customerId.isEmpty() && orderToken == null) {
            throw new ApiException(401, "UNAUTHORIZED", "Unauthorized", "Send a customer's bearer token or the order's X-Order-Token");
        }
        String scope = customerId.map(id -> "return:customer:" + id).orElseGet(() -> "return:order:" + Caller.hash(orderToken));
        return idempotency.once(scope, key, new Keyed(orderId, request), () -> {
            Order order = orders.ownedForUpdate(orderId, customerId, orderToken);
            Instant now = now();
            if (!order.returnable(now, config.returnWindow())) {
                throw ApiException.conflict("NOT_RETURNABLE", "Only a delivered order can be returned, within "
                        + config.returnWindow().toDays() + " days of delivery", "orderId");
            }
            Map<UUID, Integer> returned = new HashMap<>(OrderReturn.returnedSoFar(order.id));
            List<ReturnedLine> lines = new ArrayList<>();
            List<Replacement> replacements = new ArrayList<>();
            for (int i = 0; i < request.lines().size(); i++) {
                ReturnView.LineRequest asked = request.lines().get(i);
                String field = "lines[" + i + "]";
                OrderLine line = order.lines.stream().filter(l -> l.id.equals(asked.lineId())).findFirst()
                        .orElseThrow(() -> ApiException.invalid(field + ".lineId", "is not a line of this order"));
                int total = returned.merge(line.id, asked.quantity(), Integer::sum);
                if (total > line.quantity) {
                    throw ApiException.invalid(field + ".quantity", "only " + line.quantity + " pairs were bought on this line"
                            + (total - asked.quantity() > 0 ? " and " + (total - asked.quantity()) + " are already being returned" : ""));
                }
                lines.add(ReturnedLine.of(line, asked.quantity(), asked.reason()));
                if (asked.exchangeFor() != null) {
                    replacements.add(Replacement.of(replacementFor(line, asked.exchangeFor(), field), asked.quantity()));
                }
            }
            OrderReturn created = OrderReturn.request(order.id, order.currency, lines, replacements, now);
            created.persist();
            events.publish(created, replacements.isEmpty() ? ReturnEvents.REQUESTED : ReturnEvents.EXCHANGE_REQUESTED);
            return new IdempotencyKeys.Created(ReturnView.of(created), "orders/" + order.id + "/returns/" + created.id);
        });
    }

    public Optional<ReturnView.Detail> find(UUID orderId, UUID returnId) {
        return OrderReturn.<OrderReturn>findByIdOptional(returnId).filter(r -> r.orderId.equals(orderId)).map(ReturnView::of);
    }

    public Optional<ReturnView.Detail> findForOps(UUID returnId) {
        return OrderReturn.<OrderReturn>findByIdOptional(returnId).map(ReturnView::of);
    }

    @Transactional
    public ReturnView.Detail receive(UUID returnId) {
        OrderReturn r = lockedOr404(returnId);
        r.receive(now());
        events.publish(r, ReturnEvents.RECEIVED);
        return ReturnView.of(r);
    }

    /** Ops send an exchange's reserved replacement; catalog commits the reservation on ReplacementShipped. */
    @Transactional
    public ReturnView.Detail shipReplacement(UUID returnId, String trackingNumber) {
        OrderReturn r = lockedOr404(returnId);
        r.shipReplacement(trackingNumber.strip(), now());
        events.replacementShipped(r);
        return ReturnView.of(r);
    }

    /** The returns of a delivered order, oldest first, as its order shows them. */
    @Override
    public List<OrderView.ReturnSummary> of(UUID orderId) {
        return OrderReturn.<OrderReturn>list("orderId = ?1 order by createdAt, id", orderId).stream()
                .map(ReturnView::summary).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserved(UUID returnId) {
        OrderReturn.<OrderReturn>findByIdOptional(returnId, LockModeType.PESSIMISTIC_WRITE)
                .ifPresent(r -> r.replacementAnswered(true, now()));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void rejected(UUID returnId) {
        OrderReturn.<OrderReturn>findByIdOptional(returnId, LockModeType.PESSIMISTIC_WRITE)
                .ifPresent(r -> r.replacementAnswered(false, now()));
    }

    /** Row-locked: ops and catalog's answers never move one return at the same time. */
    private static OrderReturn lockedOr404(UUID returnId) {
        return OrderReturn.<OrderReturn>findByIdOptional(returnId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Return", returnId.toString()));
    }

    /** The same colourway in the asked size and width, if the catalog sells it: validated against the replica. */
    private static CatalogSku replacementFor(OrderLine line, ReturnView.Exchange exchange, String field) {
        if (line.size.compareTo(exchange.size()) == 0 && line.width.equals(exchange.width())) {
            throw ApiException.invalid(field + ".exchangeFor", "must differ from the bought pair in size or width");
        }
        return CatalogSku.inColourway(line.colourwayId, exchange.size(), exchange.width()).filter(CatalogSku::sellable)
                .orElseThrow(() -> ApiException.invalid("EXCHANGE_UNAVAILABLE", field + ".exchangeFor",
                        "this colourway is not sold in size " + exchange.size().stripTrailingZeros().toPlainString() + " " + exchange.width(),
                        "The replacement is not in the catalog"));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
