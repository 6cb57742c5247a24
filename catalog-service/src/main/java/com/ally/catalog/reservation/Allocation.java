package com.ally.catalog.reservation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands out locked stock to reservations in the order they arrived, each all or none. Working on
 * counts read under row locks, it lets a batch of orders be decided in memory and then written
 * with one statement per table instead of several per order.
 */
final class Allocation {

    private final Map<String, Integer> available;

    /** @param available units available per SKU, read under lock; an unknown SKU is absent */
    Allocation(Map<String, Integer> available) {
        this.available = new HashMap<>(available);
    }

    /**
     * Takes every line if all are available; otherwise takes nothing.
     *
     * @param lines merged lines (one per SKU, see {@link ReservationLine#merged})
     * @return the short lines: empty when the lines were taken
     */
    List<ReservationService.Shortage> take(List<ReservationLine> lines) {
        List<ReservationService.Shortage> shortages = lines.stream()
                .filter(l -> left(l.sku()) < l.quantity())
                .map(l -> new ReservationService.Shortage(l.sku(), l.quantity(), left(l.sku())))
                .toList();
        if (shortages.isEmpty()) {
            lines.forEach(l -> available.merge(l.sku(), -l.quantity(), Integer::sum));
        }
        return shortages;
    }

    /** Units still available after what has been taken. */
    int left(String sku) {
        return Math.max(0, available.getOrDefault(sku, 0));
    }
}
