package com.ally.catalog.reservation;

/** What the stock is held for: an order, or the replacements of an exchange. */
public enum ReservationKind {
    ORDER, EXCHANGE
}
