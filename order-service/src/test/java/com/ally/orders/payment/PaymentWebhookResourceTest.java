package com.ally.orders.payment;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import com.ally.orders.order.OrderEvents;
import com.ally.orders.support.EventReader;
import com.ally.orders.support.Shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The payment provider's webhook: HMAC-signed over the raw body, each event applied once. */
@QuarkusTest
class PaymentWebhookResourceTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aSignedPaymentPaysAConfirmedOrderOnceAndPublishesPaid() {
        String sku = Shop.stockedStyle().sku("8", "WIDE");
        Shop.GuestOrder order = Shop.guestOrder(sku, 1);
        Shop.confirm(order.id(), sku, 1);
        try (EventReader events = new EventReader("orders.order")) {
            String body = Shop.paymentBody("evt_" + UUID.randomUUID(), order.id(), 19500);
            Shop.webhook(body, Shop.sign(body)).statusCode(200).contentType("application/json")
                    .body("outcome", equalTo("APPLIED")).body("orderId", equalTo(order.id()));
            Shop.opsGet(order.id()).body("status", equalTo("PAID")).body("paymentReference", org.hamcrest.Matchers.startsWith("pi_evt_"));

            // The provider retries the same delivery: acknowledged, nothing changes.
            Shop.webhook(body, Shop.sign(body)).statusCode(200).body("outcome", equalTo("ALREADY_APPLIED"));
            Shop.opsGet(order.id()).body("status", equalTo("PAID"));

            ConsumerRecord<String, String> paid = events.first(e -> order.id().equals(e.path("subject").asText())
                    && OrderEvents.PAID.equals(e.path("type").asText()));
            assertThat(EventReader.schemaErrors(paid.value())).isEmpty();
            assertThat(EventReader.json(paid.value()).path("data").path("paymentReference").asText()).startsWith("pi_evt_");
        }
    }

    @Test
    void aWrongOrMissingSignatureIs401AndChangesNothing() {
        String sku = Shop.stockedStyle().sku("8", "MEDIUM");
        Shop.GuestOrder order = Shop.guestOrder(sku, 1);
        Shop.confirm(order.id(), sku, 1);
        String body = Shop.paymentBody("evt_" + UUID.randomUUID(), order.id(), 19500);

        Shop.webhook(body, null).statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("INVALID_SIGNATURE")).body("errors[0].field", equalTo("X-Signature"));
        Shop.webhook(body, "sha256=" + "0".repeat(64)).statusCode(401).body("code", equalTo("INVALID_SIGNATURE"));
        Shop.webhook(body, Shop.sign(body).replace("sha256=", "")).statusCode(401);
        // Signed for another body: the signature covers the exact bytes.
        Shop.webhook(body.replace("19500", "1"), Shop.sign(body)).statusCode(401);
        Shop.opsGet(order.id()).body("status", equalTo("CONFIRMED")).body("paymentReference", org.hamcrest.Matchers.nullValue());

        // The same event, now properly signed, still applies: the refused attempts left no trace.
        Shop.webhook(body, Shop.sign(body)).statusCode(200).body("outcome", equalTo("APPLIED"));
    }

    @Test
    void aPaymentForAPendingOrderIsAConflictTheProviderRetriesLater() {
        String sku = Shop.stockedStyle().sku("7", "MEDIUM");
        Shop.GuestOrder order = Shop.guestOrder(sku, 1);
        String body = Shop.paymentBody("evt_" + UUID.randomUUID(), order.id(), 19500);
        Shop.webhook(body, Shop.sign(body)).statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));

        Shop.confirm(order.id(), sku, 1);
        Shop.webhook(body, Shop.sign(body)).statusCode(200).body("outcome", equalTo("APPLIED"));
    }

    @Test
    void aPaymentOfTheWrongAmountIsRefusedAndOtherTypesAreIgnored() {
        String sku = Shop.stockedStyle().sku("7", "WIDE");
        Shop.GuestOrder order = Shop.guestOrder(sku, 1);
        Shop.confirm(order.id(), sku, 1);
        String wrong = Shop.paymentBody("evt_" + UUID.randomUUID(), order.id(), 100);
        Shop.webhook(wrong, Shop.sign(wrong)).statusCode(409).body("code", equalTo("PAYMENT_AMOUNT_MISMATCH"));

        String refunded = Shop.paymentBody("evt_" + UUID.randomUUID(), order.id(), 19500).replace("payment.succeeded", "charge.refunded");
        Shop.webhook(refunded, Shop.sign(refunded)).statusCode(200).body("outcome", equalTo("IGNORED"));

        String unknownOrder = Shop.paymentBody("evt_" + UUID.randomUUID(), UUID.randomUUID().toString(), 19500);
        Shop.webhook(unknownOrder, Shop.sign(unknownOrder)).statusCode(404).body("code", equalTo("NOT_FOUND"));

        String malformed = "{\"eventId\": 42}";
        Shop.webhook(malformed, Shop.sign(malformed)).statusCode(400).body("errors[0].field", equalTo("eventId"));
        Shop.opsGet(order.id()).body("status", equalTo("CONFIRMED"));
    }
}
