package com.ally.fit.learning;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One order line's pairs as the fit model sees them; see {@link LineOutcome}. */
@Entity
@Table(name = "fit_line")
public class FitLine extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "style_id")
    public UUID styleId;

    @Column(name = "style_slug")
    public String styleSlug;

    public int delivered;

    @Column(name = "too_small")
    public int tooSmall;

    @Column(name = "too_large")
    public int tooLarge;

    @Column(name = "too_narrow")
    public int tooNarrow;

    @Column(name = "too_wide")
    public int tooWide;

    @Column(name = "other_returns")
    public int otherReturns;

    /**
     * The line, locked for this transaction: the order and return consumers may touch one line at once.
     * Made (empty) first when it is new; {@code created} tells whether this call made it.
     */
    static Locked lock(UUID orderId, String sku, UUID styleId, String styleSlug) {
        int created = getEntityManager().createNativeQuery(
                "insert into fit_line (order_id, sku, style_id, style_slug) values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, orderId).setParameter(2, sku).setParameter(3, styleId).setParameter(4, styleSlug)
                .executeUpdate();
        FitLine line = getEntityManager().find(FitLine.class, new Key(orderId, sku), LockModeType.PESSIMISTIC_WRITE);
        return new Locked(line, created == 1);
    }

    /** Whether the order had another line of this style before this one. */
    static boolean orderHasOtherLineOf(UUID orderId, UUID styleId, String sku) {
        return count("key.orderId = ?1 and styleId = ?2 and key.sku <> ?3", orderId, styleId, sku) > 0;
    }

    LineOutcome outcome() {
        return new LineOutcome(delivered, tooSmall, tooLarge, tooNarrow, tooWide, otherReturns);
    }

    void set(LineOutcome outcome) {
        delivered = outcome.delivered();
        tooSmall = outcome.tooSmall();
        tooLarge = outcome.tooLarge();
        tooNarrow = outcome.tooNarrow();
        tooWide = outcome.tooWide();
        otherReturns = outcome.otherReturns();
    }

    record Locked(FitLine line, boolean created) {
    }

    @Embeddable
    public record Key(@Column(name = "order_id") UUID orderId, String sku) implements Serializable {
    }
}
