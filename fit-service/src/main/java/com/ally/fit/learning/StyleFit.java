package com.ally.fit.learning;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The summed fit evidence of one style, from all its order lines. */
@Entity
@Table(name = "style_fit")
public class StyleFit extends PanacheEntityBase {

    @Id
    @Column(name = "style_id")
    public UUID styleId;

    @Column(name = "style_slug")
    public String styleSlug;

    /** Orders with at least one line of this style. */
    public long orders;

    public long kept;

    @Column(name = "too_small")
    public long tooSmall;

    @Column(name = "too_large")
    public long tooLarge;

    @Column(name = "too_narrow")
    public long tooNarrow;

    @Column(name = "too_wide")
    public long tooWide;

    @Column(name = "other_returns")
    public long otherReturns;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<StyleFit> findBySlug(String slug) {
        return find("styleSlug = ?1 order by updatedAt desc", slug).firstResultOptional();
    }

    public Evidence evidence() {
        return new Evidence(kept, tooSmall, tooLarge, tooNarrow, tooWide, otherReturns);
    }

    /** Adds a change in one line's evidence as one atomic increment, safe beside the other consumer. */
    static void add(UUID styleId, String slug, long newOrders, Evidence delta) {
        getEntityManager().createNativeQuery("""
                insert into style_fit (style_id, style_slug, orders, kept, too_small, too_large, too_narrow, too_wide,
                                       other_returns, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, now())
                on conflict (style_id) do update set style_slug = excluded.style_slug,
                    orders = style_fit.orders + excluded.orders, kept = style_fit.kept + excluded.kept,
                    too_small = style_fit.too_small + excluded.too_small, too_large = style_fit.too_large + excluded.too_large,
                    too_narrow = style_fit.too_narrow + excluded.too_narrow, too_wide = style_fit.too_wide + excluded.too_wide,
                    other_returns = style_fit.other_returns + excluded.other_returns, updated_at = now()
                """).setParameter(1, styleId).setParameter(2, slug).setParameter(3, newOrders)
                .setParameter(4, delta.kept()).setParameter(5, delta.tooSmall()).setParameter(6, delta.tooLarge())
                .setParameter(7, delta.tooNarrow()).setParameter(8, delta.tooWide()).setParameter(9, delta.otherReturns())
                .executeUpdate();
    }
}
