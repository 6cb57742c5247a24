package com.ally.catalog.inventory;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.ally.catalog.outbox.Outbox;
import com.ally.catalog.sizing.Cells;

/**
 * Follows a SKU's move across IN_STOCK / LOW / OUT, and only then: tells the other services, and
 * keeps its colourway's {@link ColourwayStock} (what the list filters on) when it crosses OUT.
 */
@ApplicationScoped
public class StockEvents {

    public static final String TOPIC = "catalog.inventory";
    public static final String AVAILABILITY_CHANGED = "ally.catalog.inventory.availability-changed.v1";

    private final Outbox outbox;
    private final EntityManager em;
    private final int lowMax;

    public StockEvents(Outbox outbox, EntityManager em, InventoryConfig config) {
        this.outbox = outbox;
        this.em = em;
        this.lowMax = config.lowStockMax();
    }

    public Availability availability(int available) {
        return Availability.of(available, lowMax);
    }

    /** Whether a move from {@code before} to {@code after} units changes the availability level. */
    public boolean crosses(int before, int after) {
        return availability(before) != availability(after);
    }

    /**
     * Call it after the transaction's stock UPDATEs, SKU by SKU in SKU order, with the exact units
     * available before and after: crossing OUT locks the colourway's summary row, and as every
     * writer takes inventory rows first and summary rows second, each in SKU order, two of them
     * cannot deadlock.
     *
     * @return whether the move crossed a level, and so was announced
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean moved(Sku sku, int before, int after) {
        Availability previous = availability(before);
        Availability now = availability(after);
        if (previous == now) {
            return false;
        }
        if (previous == Availability.OUT || now == Availability.OUT) {
            ColourwayStock.locked(sku.colourwayId).follow(Cells.of(sku.size, sku.width), now != Availability.OUT,
                    Instant.now());
        }
        String slug = (String) em.createNativeQuery("select slug from style where id = ?1").setParameter(1, sku.styleId)
                .getSingleResult();
        outbox.publish(TOPIC, sku.sku, AVAILABILITY_CHANGED, new AvailabilityChanged(sku.sku, sku.styleId.toString(),
                slug, sku.colourwayId.toString(), sku.size, sku.width.name(), Math.max(0, after), now, previous));
        return true;
    }

    record AvailabilityChanged(String sku, String styleId, String styleSlug, String colourwayId, BigDecimal size,
            String width, int available, Availability availability, Availability previousAvailability) {
    }
}
