package com.ally.orders.cart;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import com.ally.orders.access.Caller;
import com.ally.orders.problem.ApiException;
import com.ally.orders.replica.CatalogSku;
import com.ally.orders.sql.Parameters;

/** Transaction boundary for carts: who may touch one, which SKUs may go in, when it expires. */
@ApplicationScoped
public class CartService {

    /**
     * Two statements, sent together in one round trip: the claim (its where clause repeats owned()
     * and requireCheckoutable() for the common case; "" matches no owner), then the lines with their
     * SKUs. The lines are read by a statement of their own, which sees a line whose adding committed
     * while the claim waited for the cart's row: one statement would read them as they were before.
     */
    private static final String CLAIM = """
            update cart set status = ?, updated_at = ?, version = version + 1
            where id = ? and status = ? and updated_at >= ? and (customer_id = ? or token_hash = ?)
              and exists (select 1 from cart_line where cart_id = ?);
            select l.sku as line_sku, l.quantity as line_quantity, s.*
            from cart_line l left join catalog_sku s on s.sku = l.sku
            where l.cart_id = ? order by l.sku""";

    private final CartConfig config;

    public CartService(CartConfig config) {
        this.config = config;
    }

    @Transactional
    public CartView.Detail create(Optional<String> customerId) {
        Instant now = now();
        if (customerId.isPresent()) {
            Cart cart = Cart.forCustomer(customerId.get(), now);
            cart.persist();
            return view(cart, null);
        }
        String token = Caller.newToken();
        Cart cart = Cart.forGuest(Caller.hash(token), now);
        cart.persist();
        return view(cart, token);
    }

    public CartView.Detail find(UUID id, Optional<String> customerId, String cartToken) {
        return view(owned(id, customerId, cartToken), null);
    }

    @Transactional
    public CartView.Detail addLine(UUID id, Optional<String> customerId, String cartToken, CartView.LineRequest line) {
        Cart cart = owned(id, customerId, cartToken);
        sellable(line.sku());
        cart.add(line.sku(), line.quantity(), config.maxQuantity(), now());
        return changed(cart);
    }

    @Transactional
    public CartView.Detail setLine(UUID id, Optional<String> customerId, String cartToken, String sku, int quantity) {
        Cart cart = owned(id, customerId, cartToken);
        sellable(sku);
        cart.setQuantity(sku, quantity, config.maxQuantity(), now());
        return changed(cart);
    }

    @Transactional
    public CartView.Detail removeLine(UUID id, Optional<String> customerId, String cartToken, String sku) {
        Cart cart = owned(id, customerId, cartToken);
        cart.remove(sku, now());
        return changed(cart);
    }

    /**
     * The caller's live cart, for a change or a checkout. A cart that is not the caller's, or has
     * expired, is answered as if it did not exist.
     */
    public Cart owned(UUID id, Optional<String> customerId, String cartToken) {
        if (customerId.isEmpty() && cartToken == null) {
            throw new ApiException(401, "UNAUTHORIZED", "Unauthorized",
                    "Send the cart's X-Cart-Token, or the bearer token of the customer who owns it");
        }
        return Cart.<Cart>findByIdOptional(id)
                .filter(cart -> (cart.customerId != null && customerId.map(cart.customerId::equals).orElse(false))
                        || Caller.matches(cartToken, cart.tokenHash))
                .filter(cart -> !cart.expired(now(), config.expireAfter()))
                .orElseThrow(() -> ApiException.notFound("Cart", id.toString()));
    }

    /**
     * Hands the caller's live cart over to an order and returns its lines, by SKU, each with the
     * replica's SKU. A conditional update claims the cart, so that of two concurrent checkouts of one
     * cart exactly one wins; when nothing is claimed, the cart's own rules say why.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CheckoutLine> checkOut(UUID id, Optional<String> customerId, String cartToken, Instant now) {
        Cart.flush();
        Optional<List<CheckoutLine>> claimed = Cart.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
                Parameters.bind(statement, 1, Arrays.asList(Cart.CHECKED_OUT, now, id, Cart.OPEN,
                        now.minus(config.expireAfter()), customerId.orElse(""), cartToken == null ? "" : Caller.hash(cartToken), id, id));
                statement.execute();
                boolean won = statement.getUpdateCount() == 1;
                statement.getMoreResults();
                List<CheckoutLine> lines = new ArrayList<>();
                try (ResultSet row = statement.getResultSet()) {
                    while (row.next()) {
                        lines.add(new CheckoutLine(row.getString("line_sku"), row.getInt("line_quantity"), CatalogSku.read(row)));
                    }
                }
                return won ? Optional.of(lines) : Optional.empty();
            }
        });
        if (claimed.isEmpty()) {
            owned(id, customerId, cartToken).requireCheckoutable();
            throw ApiException.conflict("CART_CHECKED_OUT", "This cart already became an order", "cartId");
        }
        if (claimed.get().isEmpty()) {
            throw Cart.empty(); // its last line was removed while the claim waited for that change
        }
        return claimed.get();
    }

    /** Deletes carts idle since before {@code cutoff}. */
    @Transactional
    public long purgeIdleSince(Instant cutoff) {
        return Cart.delete("updatedAt < ?1", cutoff);
    }

    public Instant idleCutoff() {
        return now().minus(config.expireAfter());
    }

    private static void sellable(String code) {
        CatalogSku sku = CatalogSku.byCode(code).orElseThrow(() -> ApiException.invalid("UNKNOWN_SKU", "sku",
                "is not a SKU of the catalog", "No SKU '" + code + "' in the catalog"));
        if (!sku.sellable()) {
            throw ApiException.invalid("SKU_RETIRED", "sku", "is no longer sold", "SKU '" + code + "' is no longer sold");
        }
    }

    /** Flushes now, so that a concurrent change of the same cart fails as an OptimisticLockException (409). */
    private CartView.Detail changed(Cart cart) {
        Cart.flush();
        return view(cart, null);
    }

    private CartView.Detail view(Cart cart, String token) {
        Map<String, CatalogSku> catalog = cart.lines.isEmpty() ? Map.of()
                : CatalogSku.byCodes(cart.lines.keySet()).stream().collect(Collectors.toMap(s -> s.sku, Function.identity()));
        return CartView.of(cart, catalog, config.expireAfter(), token);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
