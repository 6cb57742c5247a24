package com.ally.orders.order;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.ally.orders.access.Caller;
import com.ally.orders.cart.CartService;
import com.ally.orders.cart.CheckoutLine;
import com.ally.orders.idempotency.IdempotencyKeys;
import com.ally.orders.idempotency.IdempotentAnswer;
import com.ally.orders.paging.Page;
import com.ally.orders.paging.PageRequest;
import com.ally.orders.problem.ApiException;
import com.ally.orders.replica.CatalogSku;
import com.ally.orders.request.RequestId;
import com.ally.orders.sql.Inserts;

/** Transaction boundary for orders: checkout, the reservation answers, and every later move. */
@ApplicationScoped
public class OrderService {

    private static final Logger LOG = Logger.getLogger(OrderService.class);

    private final CartService carts;
    private final IdempotencyKeys idempotency;
    private final OrderEvents events;
    private final OrderMapper mapper;
    private final OrderConfig config;
    private final ObjectMapper json;

    public OrderService(CartService carts, IdempotencyKeys idempotency, OrderEvents events, OrderMapper mapper,
            OrderConfig config, ObjectMapper json) {
        this.carts = carts;
        this.idempotency = idempotency;
        this.events = events;
        this.mapper = mapper;
        this.config = config;
        this.json = json;
    }

    /**
     * Turns the caller's cart into a PENDING order and writes OrderPlaced to the outbox, all in one
     * transaction with the Idempotency-Key's answer: a retry replays it, a broker outage delays only the event.
     */
    @Transactional
    public IdempotentAnswer checkout(OrderView.Checkout request, Optional<String> customerId, String cartToken, String key) {
        if (customerId.isEmpty() && cartToken == null) {
            throw new ApiException(401, "UNAUTHORIZED", "Unauthorized",
                    "Send the cart's X-Cart-Token, or the bearer token of the customer who owns it");
        }
        String scope = customerId.map(id -> "order:customer:" + id).orElseGet(() -> "order:cart:" + Caller.hash(cartToken));
        return idempotency.once(scope, key, request, () -> {
            Address address = request.shippingAddress().checked("shippingAddress");
            Instant now = now();
            // Claimed first: a retry under the same key fails here, and IdempotencyKeys replays the first answer.
            Map<CatalogSku, Integer> items = new LinkedHashMap<>();
            for (CheckoutLine line : carts.checkOut(request.cartId(), customerId, cartToken, now)) {
                if (!line.sellable()) {
                    throw ApiException.conflict("SKU_RETIRED", "SKU '" + line.sku() + "' is no longer sold; remove it from the cart", "cartId");
                }
                items.put(line.catalog(), line.quantity());
            }
            String orderToken = customerId.isPresent() ? null : Caller.newToken();
            Order order = Order.place(request.cartId(), customerId.orElse(null), orderToken == null ? null : Caller.hash(orderToken),
                    request.email().strip(), address, items, now);
            Inserts rows = new Inserts();
            order.insertInto(rows);
            events.placed(order, rows);
            return new IdempotencyKeys.Created(mapper.detail(order, orderToken), "orders/" + order.id, rows);
        });
    }

    /** An order the caller may read: their own as a customer, or the one their order token opens. */
    public Optional<OrderView.Detail> find(UUID id, Optional<String> customerId, String orderToken) {
        return Order.<Order>findByIdOptional(id)
                .filter(o -> (o.customerId != null && customerId.map(o.customerId::equals).orElse(false))
                        || Caller.matches(orderToken, o.guestTokenHash))
                .map(o -> mapper.detail(o, null));
    }

    /** The caller's order, row-locked, for a change that hangs off it (a return). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Order ownedForUpdate(UUID id, Optional<String> customerId, String orderToken) {
        return locked(id).filter(o -> (o.customerId != null && customerId.map(o.customerId::equals).orElse(false))
                || Caller.matches(orderToken, o.guestTokenHash))
                .orElseThrow(() -> ApiException.notFound("Order", id.toString()));
    }

    public Optional<OrderView.Detail> findForOps(UUID id) {
        return Order.<Order>findByIdOptional(id).map(o -> mapper.detail(o, null));
    }

    public Page<OrderView.Summary> listOwn(String customerId, PageRequest page) {
        return list(new OrderFilter(null, null, null, null, customerId), page);
    }

    public Page<OrderView.Summary> list(OrderFilter filter, PageRequest page) {
        List<Order> rows = filter.query(page).page(0, page.limit() + 1).list();
        return Page.of(rows, page.limit(), o -> Map.of("createdAt", o.createdAt.toString(), "id", o.id.toString()))
                .map(mapper::summary);
    }

    // --- the reservation saga ---

    /**
     * Catalog reserved the stock of these orders: each one still PENDING is confirmed. A late answer
     * for an order no longer PENDING changes nothing. The orders are locked with one query, so a
     * batch of answers costs a few round trips, not several per order.
     *
     * @param requestIdByOrder the orders, each with the request id its answer carried on
     */
    @Transactional
    public void reserved(Map<UUID, String> requestIdByOrder) {
        // Native SQL: Hibernate would translate an HQL "in" list afresh for every batch.
        @SuppressWarnings("unchecked")
        List<Order> orders = Order.getEntityManager()
                .createNativeQuery("select * from shop_order where id = any(?1) order by id for update", Order.class)
                .setParameter(1, requestIdByOrder.keySet().toArray(UUID[]::new)).getResultList();
        for (Order order : orders) {
            RequestId.set(requestIdByOrder.get(order.id));
            if (order.status != OrderStatus.PENDING) {
                LOG.infof("Ignoring a stock reservation for order %s, which is %s", order.id, order.status);
                continue;
            }
            order.confirm(now());
            events.publish(order, OrderEvents.CONFIRMED);
        }
    }

    @Transactional
    public void rejected(UUID orderId, List<OrderView.Unavailable> unavailable) {
        locked(orderId).ifPresent(order -> {
            if (order.status != OrderStatus.PENDING) {
                LOG.infof("Ignoring a stock rejection for order %s, which is %s", orderId, order.status);
                return;
            }
            order.reject(write(unavailable), now());
            events.publish(order, OrderEvents.REJECTED, OrderEvents.unavailable(unavailable));
        });
    }

    /** Orders that waited too long for catalog's answer since their OrderPlaced reached Kafka, oldest first. */
    public List<UUID> overdue(int limit) {
        return Order.waitingForReservationSince(now().minus(config.reservationTimeout()), limit);
    }

    /** Cancels an order still PENDING after the timeout; catalog releases whatever it reserved late. */
    @Transactional
    public boolean cancelIfOverdue(UUID orderId) {
        Optional<Order> overdue = locked(orderId)
                .filter(o -> o.reservationOverdue(Order.placedEventSentAt(o.id).orElse(null), now(), config.reservationTimeout()));
        overdue.ifPresent(order -> {
            order.cancel("RESERVATION_TIMEOUT", now());
            events.publish(order, OrderEvents.CANCELLED, OrderEvents.cancellation(order, false));
        });
        return overdue.isPresent();
    }

    // --- payment and operations ---

    @Transactional
    public OrderView.Detail pay(UUID orderId, String reference, long amount, String currency) {
        Order order = locked(orderId).orElseThrow(() -> ApiException.notFound("Order", orderId.toString()));
        if (order.totalAmount != amount || !order.currency.equals(currency)) {
            throw ApiException.conflict("PAYMENT_AMOUNT_MISMATCH", "The payment does not match the order total", "amount");
        }
        order.pay(reference, now());
        events.publish(order, OrderEvents.PAID, Map.of("paymentReference", reference));
        return mapper.detail(order, null);
    }

    @Transactional
    public OrderView.Detail ship(UUID orderId, String trackingNumber) {
        Order order = lockedOr404(orderId);
        order.ship(trackingNumber.strip(), now());
        events.publish(order, OrderEvents.SHIPPED, Map.of("trackingNumber", order.trackingNumber));
        return mapper.detail(order, null);
    }

    @Transactional
    public OrderView.Detail deliver(UUID orderId) {
        Order order = lockedOr404(orderId);
        order.deliver(now());
        events.publish(order, OrderEvents.DELIVERED, OrderEvents.deliveredAt(order.deliveredAt));
        return mapper.detail(order, null);
    }

    @Transactional
    public OrderView.Detail cancel(UUID orderId, String reason) {
        Order order = lockedOr404(orderId);
        boolean stockWasReserved = order.status.holdsStock();
        order.cancel(reason == null || reason.isBlank() ? "OPS_CANCELLED" : reason.strip(), now());
        events.publish(order, OrderEvents.CANCELLED, OrderEvents.cancellation(order, stockWasReserved));
        return mapper.detail(order, null);
    }

    private Order lockedOr404(UUID orderId) {
        return locked(orderId).orElseThrow(() -> ApiException.notFound("Order", orderId.toString()));
    }

    /** Row-locked, so the saga, the timeout, the webhook and ops never move one order at the same time. */
    private static Optional<Order> locked(UUID orderId) {
        return Order.findByIdOptional(orderId, LockModeType.PESSIMISTIC_WRITE);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
