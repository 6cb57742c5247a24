package com.ally.orders.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.ally.orders.money.Money;

/** The API's records for orders. */
public final class OrderView {

    private OrderView() {
    }

    @Schema(name = "CheckoutRequest")
    public record Checkout(
            @NotNull @Schema(example = "5b7e2f7c-8f7a-4c7e-9a38-0f4e2d1c0b9a") UUID cartId,
            @NotBlank @Email @Size(max = 254) @Schema(example = "cleo@example.com") String email,
            @NotNull @Valid Address shippingAddress) {
    }

    @Schema(name = "ShipRequest")
    public record Ship(@NotBlank @Size(max = 64) @Schema(example = "1Z999AA10123456784") String trackingNumber) {
    }

    @Schema(name = "CancelRequest")
    public record Cancel(@Size(max = 200) @Schema(example = "CUSTOMER_REQUEST") String reason) {
    }

    @Schema(name = "OrderLine")
    public record Line(
            @Schema(example = "9c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e") String lineId,
            @Schema(example = "FFL-BLKSUE-075-W") String sku,
            @Schema(example = "3e0c9c0e-4b7a-4a8e-9a3f-2c1d5e6f7a80") String styleId,
            @Schema(example = "forever-flat") String styleSlug,
            @Schema(example = "The Forever Flat") String styleName,
            @Schema(example = "7d2b1a90-1c3e-4f5a-8b6c-9d0e1f2a3b4c") String colourwayId,
            @Schema(example = "Black Suede") String colourwayName,
            @Schema(example = "7.5") BigDecimal size,
            @Schema(example = "WIDE") String width,
            @Schema(example = "1") int quantity,
            Money unitPrice,
            Money lineTotal) {
    }

    @Schema(name = "UnavailableLine")
    public record Unavailable(@Schema(example = "FFL-BLKSUE-075-W") String sku, @Schema(example = "2") int requested,
            @Schema(example = "1") int available) {
    }

    @Schema(name = "Order")
    public record Detail(
            @Schema(example = "2f1e0d9c-8b7a-4654-a3b2-c1d0e9f8a7b6") String id,
            @Schema(example = "PENDING") OrderStatus status,
            @Schema(example = "[\"CONFIRMED\", \"REJECTED\", \"CANCELLED\"]") List<OrderStatus> allowedTransitions,
            @Schema(example = "customer-cleo") String customerId,
            @Schema(example = "cleo@example.com") String email,
            Address shippingAddress,
            List<Line> lines,
            Money total,
            @Schema(description = "What catalog could not reserve, when REJECTED") List<Unavailable> unavailable,
            @Schema(example = "pi_3Nf8c2") String paymentReference,
            @Schema(example = "1Z999AA10123456784") String trackingNumber,
            @Schema(description = "Recorded when a paid order is cancelled") Money refund,
            @Schema(example = "RESERVATION_TIMEOUT") String cancelReason,
            @Schema(description = "The order's returns and exchanges, oldest first, each with its refund once recorded "
                    + "(only a DELIVERED order has any); GET the return for its lines") List<ReturnSummary> returns,
            @Schema(example = "2026-11-24T16:49:55Z") Instant createdAt,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt,
            Instant paidAt,
            Instant shippedAt,
            Instant deliveredAt,
            @Schema(description = "Only in the answer that created a guest's order: send it as X-Order-Token to read it",
                    example = "Gx2v0Qh1w8Yt3pLm5nRb7cKz9dFs4aJe6uHo2iTy1Wq") String orderToken) {
    }

    @Schema(name = "OrderReturnSummary")
    public record ReturnSummary(
            @Schema(example = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d") String id,
            @Schema(example = "RETURN") String kind,
            @Schema(example = "RECEIVED") String status,
            @Schema(example = "RESERVED", description = "Exchanges only: PENDING, RESERVED, REJECTED or SHIPPED") String replacementStatus,
            @Schema(description = "The returned lines at the prices paid, once the goods are received (an exchange only "
                    + "when its replacement was rejected)") Money refund,
            @Schema(example = "2026-11-24T16:49:55Z") Instant createdAt,
            @Schema(example = "2026-11-26T09:15:00Z") Instant receivedAt) {
    }

    @Schema(name = "OrderSummary")
    public record Summary(
            @Schema(example = "2f1e0d9c-8b7a-4654-a3b2-c1d0e9f8a7b6") String id,
            @Schema(example = "CONFIRMED") OrderStatus status,
            @Schema(example = "cleo@example.com") String email,
            @Schema(example = "customer-cleo") String customerId,
            Money total,
            @Schema(example = "2") int itemCount,
            @Schema(example = "2026-11-24T16:49:55Z") Instant createdAt) {
    }
}
