package com.ally.catalog.money;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount in integer minor units of an ISO 4217 currency: {"amount": 24500, "currency": "USD"}. */
@Schema(name = "Money")
public record Money(
        @NotNull @Positive @Schema(example = "19500") Long amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code like USD") @Schema(example = "USD") String currency) {

    public static Money of(long amount, String currency) {
        return new Money(amount, currency);
    }
}
