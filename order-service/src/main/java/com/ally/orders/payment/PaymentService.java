package com.ally.orders.payment;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.ally.orders.order.OrderService;
import com.ally.orders.problem.ApiException;
import com.ally.orders.problem.FieldError;

/**
 * Applies verified payment-provider webhooks. Each provider event id is applied once, in the same
 * transaction as its effect: a redelivery answers 200 and changes nothing; a failed one (say the
 * order is not CONFIRMED yet) leaves no trace, so the provider's retry can succeed later.
 */
@ApplicationScoped
public class PaymentService {

    static final String SUCCEEDED = "payment.succeeded";

    private final EntityManager em;
    private final ObjectMapper json;
    private final OrderService orders;

    public PaymentService(EntityManager em, ObjectMapper json, OrderService orders) {
        this.em = em;
        this.json = json;
        this.orders = orders;
    }

    @Transactional
    public PaymentView.Receipt apply(byte[] body) {
        JsonNode event = read(body);
        String eventId = text(event, "eventId");
        String type = text(event, "type");
        UUID orderId;
        try {
            orderId = UUID.fromString(text(event, "orderId"));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("orderId", "must be an order id");
        }
        int first = em.createNativeQuery("insert into payment_event (event_id, order_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, eventId).setParameter(2, orderId).executeUpdate();
        if (first == 0) {
            return new PaymentView.Receipt(eventId, orderId.toString(), "ALREADY_APPLIED");
        }
        if (!SUCCEEDED.equals(type)) {
            return new PaymentView.Receipt(eventId, orderId.toString(), "IGNORED");
        }
        JsonNode amount = event.path("amount");
        if (!amount.path("amount").canConvertToLong() || !amount.path("currency").isTextual()) {
            throw ApiException.invalid("amount", "must be {\"amount\": minor units, \"currency\": \"USD\"}");
        }
        orders.pay(orderId, text(event, "paymentReference"), amount.path("amount").asLong(), amount.path("currency").asText());
        return new PaymentView.Receipt(eventId, orderId.toString(), "APPLIED");
    }

    private JsonNode read(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw ApiException.invalid("body", "must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new ApiException(400, "MALFORMED_JSON", "Malformed request body", "The body is not valid JSON",
                    List.of(new FieldError("body", "is not valid JSON")));
        }
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.path(field);
        if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > 255) {
            throw ApiException.invalid(field, "is required");
        }
        return value.asText();
    }
}
