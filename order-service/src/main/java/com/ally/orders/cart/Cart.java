package com.ally.orders.cart;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import com.ally.orders.problem.ApiException;

/** A shopper's cart: SKU codes and quantities. Prices come from the catalog replica when it is shown. */
@Entity
@Table(name = "cart")
public class Cart extends PanacheEntityBase {

    public static final String OPEN = "OPEN";
    public static final String CHECKED_OUT = "CHECKED_OUT";

    @Id
    public UUID id;

    @Column(name = "customer_id")
    public String customerId;

    @Column(name = "token_hash")
    public String tokenHash;

    public String status;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cart_line", joinColumns = @JoinColumn(name = "cart_id"))
    @MapKeyColumn(name = "sku")
    @Column(name = "quantity")
    public Map<String, Integer> lines = new TreeMap<>();

    protected Cart() {
    }

    public static Cart forCustomer(String customerId, Instant now) {
        Cart cart = create(now);
        cart.customerId = customerId;
        return cart;
    }

    public static Cart forGuest(String tokenHash, Instant now) {
        Cart cart = create(now);
        cart.tokenHash = tokenHash;
        return cart;
    }

    private static Cart create(Instant now) {
        Cart cart = new Cart();
        cart.id = UUID.randomUUID();
        cart.status = OPEN;
        cart.createdAt = now;
        cart.updatedAt = now;
        return cart;
    }

    /** Adds pairs to a line (creating it); the line may not exceed {@code max}. */
    public void add(String sku, int quantity, int max, Instant now) {
        setQuantity(sku, lines.getOrDefault(sku, 0) + quantity, max, now);
    }

    public void setQuantity(String sku, int quantity, int max, Instant now) {
        requireOpen();
        if (quantity < 1 || quantity > max) {
            throw ApiException.invalid("quantity", "a line holds 1 to " + max + " pairs");
        }
        lines.put(sku, quantity);
        updatedAt = now;
    }

    public void remove(String sku, Instant now) {
        requireOpen();
        if (lines.remove(sku) == null) {
            throw ApiException.notFound("Cart line", sku);
        }
        updatedAt = now;
    }

    /** Only an open cart with lines can become an order. */
    public void requireCheckoutable() {
        requireOpen();
        if (lines.isEmpty()) {
            throw empty();
        }
    }

    static ApiException empty() {
        return ApiException.conflict("CART_EMPTY", "The cart has no lines", "cartId");
    }

    public boolean expired(Instant now, Duration idle) {
        return updatedAt.plus(idle).isBefore(now);
    }

    public Instant expiresAt(Duration idle) {
        return updatedAt.plus(idle);
    }

    private void requireOpen() {
        if (!OPEN.equals(status)) {
            throw ApiException.conflict("CART_CHECKED_OUT", "This cart became an order and cannot change", "cartId");
        }
    }
}
