package com.ally.orders.payment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.ally.orders.money.Money;

/** The API's records for payment webhooks. */
public final class PaymentView {

    private PaymentView() {
    }

    @Schema(name = "PaymentWebhook", description = "What the payment provider posts (signed; see X-Signature)")
    public record Webhook(
            @Schema(example = "evt_1Q2w3E4r") String eventId,
            @Schema(example = "payment.succeeded", description = "Other types are acknowledged and ignored") String type,
            @Schema(example = "2f1e0d9c-8b7a-4654-a3b2-c1d0e9f8a7b6") String orderId,
            @Schema(example = "pi_3Nf8c2") String paymentReference,
            Money amount) {
    }

    @Schema(name = "PaymentReceipt")
    public record Receipt(
            @Schema(example = "evt_1Q2w3E4r") String eventId,
            @Schema(example = "2f1e0d9c-8b7a-4654-a3b2-c1d0e9f8a7b6") String orderId,
            @Schema(example = "APPLIED", description = "APPLIED, ALREADY_APPLIED (a redelivery) or IGNORED (another type)") String outcome) {
    }
}
