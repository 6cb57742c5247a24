package com.ally.orders.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.ally.orders.money.Money;
import com.ally.orders.order.OrderView;

/** The API's records for returns and exchanges. */
public final class ReturnView {

    private ReturnView() {
    }

    @Schema(name = "ReturnRequest")
    public record Request(@NotEmpty @Size(max = 20) List<@Valid @NotNull LineRequest> lines) {
    }

    @Schema(name = "ReturnLineRequest")
    public record LineRequest(
            @NotNull @Schema(example = "9c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e") UUID lineId,
            @NotNull @Min(1) @Max(10) @Schema(example = "1") Integer quantity,
            @NotNull @Schema(example = "TOO_SMALL") ReturnReason reason,
            @Valid @Schema(description = "For an exchange: the same colourway in this size and/or width") Exchange exchangeFor) {
    }

    @Schema(name = "ExchangeRequest")
    public record Exchange(
            @NotNull @DecimalMin("4") @DecimalMax("12") @Schema(example = "8") BigDecimal size,
            @NotNull @Pattern(regexp = "NARROW|MEDIUM|WIDE|EXTRA_WIDE", message = "must be NARROW, MEDIUM, WIDE or EXTRA_WIDE")
            @Schema(example = "WIDE") String width) {
    }

    @Schema(name = "ReplacementShipmentRequest")
    public record ShipReplacement(
            @NotBlank @Size(max = 64) @Schema(example = "1Z999AA10123456785") String trackingNumber) {
    }

    @Schema(name = "ReturnLine")
    public record Line(
            @Schema(example = "9c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e") String lineId,
            @Schema(example = "FFL-BLKSUE-075-W") String sku,
            @Schema(example = "forever-flat") String styleSlug,
            @Schema(example = "7.5") BigDecimal size,
            @Schema(example = "WIDE") String width,
            @Schema(example = "1") int quantity,
            @Schema(example = "TOO_SMALL") ReturnReason reason) {
    }

    @Schema(name = "ReplacementLine")
    public record ReplacementLine(
            @Schema(example = "FFL-BLKSUE-080-W") String sku,
            @Schema(example = "8") BigDecimal size,
            @Schema(example = "WIDE") String width,
            @Schema(example = "1") int quantity) {
    }

    @Schema(name = "Return")
    public record Detail(
            @Schema(example = "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d") String id,
            @Schema(example = "2f1e0d9c-8b7a-4654-a3b2-c1d0e9f8a7b6") String orderId,
            @Schema(example = "EXCHANGE") String kind,
            @Schema(example = "REQUESTED") String status,
            @Schema(example = "[\"RECEIVED\"]") List<String> allowedTransitions,
            List<Line> lines,
            List<ReplacementLine> replacements,
            @Schema(example = "RESERVED", description = "Exchanges: PENDING until catalog answers, then RESERVED or REJECTED; "
                    + "RESERVED becomes SHIPPED when ops send it after receiving the goods") String replacementStatus,
            @Schema(example = "[]", description = "[\"SHIPPED\"] while ops can ship the replacement: received and RESERVED")
            List<String> replacementAllowedTransitions,
            @Schema(example = "1Z999AA10123456785") String replacementTrackingNumber,
            @Schema(example = "2026-11-27T10:02:11Z") Instant replacementShippedAt,
            @Schema(description = "Recorded when the goods are received: a return, or an exchange whose replacement catalog "
                    + "could not reserve (recorded on catalog's answer if it comes after the goods). The returned lines "
                    + "at the prices the order charged.") Money refund,
            @Schema(example = "2026-11-24T16:49:55Z") Instant createdAt,
            @Schema(example = "2026-11-26T09:15:00Z") Instant receivedAt) {
    }

    static Detail of(OrderReturn r) {
        return new Detail(r.id.toString(), r.orderId.toString(), r.kind, r.status, r.allowedTransitions(),
                r.lines.stream().map(l -> new Line(l.orderLineId.toString(), l.sku, l.styleSlug, l.size, l.width, l.quantity, l.reason)).toList(),
                r.replacements.stream().map(p -> new ReplacementLine(p.sku, p.size, p.width, p.quantity)).toList(),
                r.replacementStatus, r.replacementAllowedTransitions(), r.replacementTrackingNumber, r.replacementShippedAt,
                refund(r), r.createdAt, r.receivedAt);
    }

    static OrderView.ReturnSummary summary(OrderReturn r) {
        return new OrderView.ReturnSummary(r.id.toString(), r.kind, r.status, r.replacementStatus, refund(r), r.createdAt,
                r.receivedAt);
    }

    static Money refund(OrderReturn r) {
        return r.refundAmount == null ? null : Money.of(r.refundAmount, r.currency);
    }
}
