package com.ally.catalog.inventory;

/** What a shopper is told about one SKU; {@link #of} draws the line between LOW and IN_STOCK. */
public enum Availability {
    IN_STOCK, LOW, OUT;

    /** @param lowMax the most units that still count as LOW (3 by default) */
    public static Availability of(int available, int lowMax) {
        if (available <= 0) {
            return OUT;
        }
        return available <= lowMax ? LOW : IN_STOCK;
    }
}
