package com.ally.orders.payment;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "ally.payments")
public interface PaymentConfig {

    /** The secret shared with the payment provider; it signs each webhook body with HMAC-SHA256. */
    String webhookSecret();
}
