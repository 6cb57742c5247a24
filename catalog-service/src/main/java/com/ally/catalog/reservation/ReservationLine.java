package com.ally.catalog.reservation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One SKU and how many of it. */
public record ReservationLine(String sku, int quantity) {

    /**
     * Folds repeated SKUs into one line and sorts by SKU: every reservation then locks rows in the
     * same order, so two of them cannot deadlock.
     */
    public static List<ReservationLine> merged(List<ReservationLine> lines) {
        Map<String, Integer> bySku = new TreeMap<>();
        for (ReservationLine line : lines) {
            bySku.merge(line.sku(), line.quantity(), Integer::sum);
        }
        return bySku.entrySet().stream().map(e -> new ReservationLine(e.getKey(), e.getValue())).toList();
    }
}
