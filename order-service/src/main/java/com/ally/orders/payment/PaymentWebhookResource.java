package com.ally.orders.payment;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ally.orders.problem.ApiException;
import com.ally.orders.problem.FieldError;
import com.ally.orders.problem.Problem;

@Path("/payments/webhook")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "The payment provider's webhook")
public class PaymentWebhookResource {

    private final PaymentService payments;
    private final PaymentConfig config;

    public PaymentWebhookResource(PaymentService payments, PaymentConfig config) {
        this.payments = payments;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A payment event from the provider", description = "The signature is checked over the raw body "
            + "before anything is read: X-Signature: sha256=<hex HMAC-SHA256 of the body with the shared secret>. "
            + "A missing or wrong signature is 401 and changes nothing. Each eventId is applied once.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PaymentView.Webhook.class)))
    @APIResponse(responseCode = "200", description = "Applied, or already applied", content = @Content(schema = @Schema(implementation = PaymentView.Receipt.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong signature (INVALID_SIGNATURE)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The order is not CONFIRMED (ILLEGAL_TRANSITION) or the amount differs (PAYMENT_AMOUNT_MISMATCH)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public PaymentView.Receipt webhook(@HeaderParam(WebhookSignature.HEADER) @Parameter(description = "sha256=<hex>") String signature,
            byte[] body) {
        if (!WebhookSignature.valid(config.webhookSecret(), body, signature)) {
            throw new ApiException(401, "INVALID_SIGNATURE", "Unauthorized", "The X-Signature does not match the body",
                    List.of(new FieldError(WebhookSignature.HEADER, "does not match the body")));
        }
        return payments.apply(body);
    }
}
