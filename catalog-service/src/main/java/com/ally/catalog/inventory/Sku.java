package com.ally.catalog.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import com.ally.catalog.sizing.Width;

/**
 * One SKU (style x colourway x size x width) and its stock. Stock only moves through the
 * conditional UPDATEs below, so that concurrent writers can never drive it negative.
 */
@Entity
@Table(name = "inventory")
public class Sku extends PanacheEntityBase {

    @Id
    public String sku;

    @Column(name = "style_id")
    public UUID styleId;

    @Column(name = "colourway_id")
    public UUID colourwayId;

    public BigDecimal size;

    @Enumerated(EnumType.STRING)
    public Width width;

    @Column(name = "on_hand")
    public int onHand;

    public int reserved;

    @Column(name = "updated_at")
    public Instant updatedAt;

    protected Sku() {
    }

    public static Sku of(String code, UUID styleId, UUID colourwayId, BigDecimal size, Width width, Instant now) {
        Sku sku = new Sku();
        sku.sku = code;
        sku.styleId = styleId;
        sku.colourwayId = colourwayId;
        sku.size = size;
        sku.width = width;
        sku.updatedAt = now;
        return sku;
    }

    public int available() {
        return Math.max(0, onHand - reserved);
    }

    public static List<Sku> forStyle(UUID styleId) {
        return list("styleId = ?1 order by size, width", styleId);
    }

    public static List<Sku> forStyles(Collection<UUID> styleIds) {
        return styleIds.isEmpty() ? List.of() : list("styleId in ?1 order by size, width", styleIds);
    }

    /**
     * The known SKUs among {@code codes}, in one query. Loaded by id, because Hibernate reuses its
     * loader for that, where an HQL "in" list is translated afresh on every call (every batch of
     * reservations calls this).
     */
    public static List<Sku> byCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of()
                : getEntityManager().unwrap(Session.class).findMultiple(Sku.class, List.copyOf(codes)).stream()
                        .filter(Objects::nonNull).toList();
    }

    /**
     * These SKUs, read fresh and locked until the transaction ends, in SKU order: the order every
     * stock writer takes its row locks in, so that two of them cannot deadlock.
     */
    public static List<Sku> locked(Collection<String> codes) {
        return codes.isEmpty() ? List.of()
                : find("sku in ?1 order by sku", codes).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * Holds {@code n} units if that many are available, in one statement: a concurrent reservation
     * waits on the row lock and then re-checks the condition, so the last pair is sold once.
     *
     * @return the units available afterwards, or empty if there were not enough
     */
    public static Optional<Integer> reserve(String sku, int n) {
        return moved("""
                update inventory set reserved = reserved + ?2, updated_at = now()
                where sku = ?1 and on_hand - reserved >= ?2 returning on_hand - reserved""", sku, n);
    }

    /** Gives back {@code n} held units (never more than are held). */
    public static Optional<Integer> release(String sku, int n) {
        return moved("""
                update inventory set reserved = reserved - ?2, updated_at = now()
                where sku = ?1 and reserved >= ?2 returning on_hand - reserved""", sku, n);
    }

    /** The held units left the warehouse: both on hand and reserved go down. */
    public static Optional<Integer> commit(String sku, int n) {
        return moved("""
                update inventory set reserved = reserved - ?2, on_hand = on_hand - ?2, updated_at = now()
                where sku = ?1 and reserved >= ?2 returning on_hand - reserved""", sku, n);
    }

    public static Optional<Integer> restock(String sku, int n) {
        return moved("""
                update inventory set on_hand = on_hand + ?2, updated_at = now()
                where sku = ?1 returning on_hand - reserved""", sku, n);
    }

    /** Sets the count on hand; refused (empty) when it would fall below what is reserved. */
    public static Optional<Integer> setOnHand(String sku, int onHand) {
        return moved("""
                update inventory set on_hand = ?2, updated_at = now()
                where sku = ?1 and reserved <= ?2 returning on_hand - reserved""", sku, onHand);
    }

    private static Optional<Integer> moved(String sql, String sku, int n) {
        @SuppressWarnings("unchecked")
        List<Number> after = getEntityManager().createNativeQuery(sql).setParameter(1, sku).setParameter(2, n)
                .getResultList();
        return after.isEmpty() ? Optional.empty() : Optional.of(after.get(0).intValue());
    }
}
