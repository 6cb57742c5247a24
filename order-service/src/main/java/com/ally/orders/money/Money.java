package com.ally.orders.money;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount in integer minor units (cents) and its ISO 4217 currency. */
@Schema(name = "Money")
public record Money(@Schema(example = "19500") long amount, @Schema(example = "USD") String currency) {

    public static final String DEFAULT_CURRENCY = "USD";

    public static Money of(long amount, String currency) {
        return new Money(amount, currency);
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(amount, quantity), currency);
    }
}
