package com.ally.orders.cart;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.ally.orders.money.Money;
import com.ally.orders.replica.CatalogSku;

/** The API's records for carts. */
public final class CartView {

    private CartView() {
    }

    @Schema(name = "CartLineRequest")
    public record LineRequest(
            @NotBlank @Size(max = 64) @Schema(example = "FFL-BLKSUE-075-W") String sku,
            @NotNull @Min(1) @Max(10) @Schema(example = "1") Integer quantity) {
    }

    @Schema(name = "CartQuantityRequest")
    public record QuantityRequest(@NotNull @Min(1) @Max(10) @Schema(example = "2") Integer quantity) {
    }

    @Schema(name = "CartLine")
    public record Line(
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
            Money lineTotal,
            @Schema(example = "IN_STOCK") String availability,
            @Schema(description = "The style was retired after the line was added; checkout refuses it") boolean retired) {
    }

    @Schema(name = "Cart")
    public record Detail(
            @Schema(example = "5b7e2f7c-8f7a-4c7e-9a38-0f4e2d1c0b9a") String id,
            @Schema(example = "OPEN") String status,
            @Schema(description = "Only in the answer that created an anonymous cart: send it back as X-Cart-Token",
                    example = "q3V0n8Zr1xq2m4Yk6eJb1w5nH9tPp0sL7aXc3dRf2Uo") String token,
            @Schema(example = "customer-cleo") String customerId,
            List<Line> lines,
            @Schema(example = "1") int itemCount,
            Money total,
            @Schema(example = "2026-11-24T16:49:55Z") Instant createdAt,
            @Schema(example = "2026-11-24T16:49:55Z") Instant updatedAt,
            @Schema(example = "2026-12-01T16:49:55Z") Instant expiresAt) {
    }

    static Detail of(Cart cart, Map<String, CatalogSku> catalog, Duration idle, String token) {
        List<Line> lines = new ArrayList<>();
        long total = 0;
        int items = 0;
        String currency = null;
        for (Map.Entry<String, Integer> entry : new TreeMap<>(cart.lines).entrySet()) {
            CatalogSku sku = catalog.get(entry.getKey());
            int quantity = entry.getValue();
            items += quantity;
            if (sku == null) {
                lines.add(new Line(entry.getKey(), null, null, null, null, null, null, null, quantity, null, null, "OUT", true));
                continue;
            }
            Money unit = Money.of(sku.priceAmount, sku.currency);
            Money lineTotal = unit.times(quantity);
            total += lineTotal.amount();
            currency = currency == null ? sku.currency : currency;
            lines.add(new Line(sku.sku, sku.styleId.toString(), sku.styleSlug, sku.styleName, sku.colourwayId.toString(),
                    sku.colourwayName, sku.size, sku.width, quantity, unit, lineTotal, sku.availability, sku.retired));
        }
        return new Detail(cart.id.toString(), cart.status, token, cart.customerId, lines, items,
                Money.of(total, currency == null ? Money.DEFAULT_CURRENCY : currency), cart.createdAt, cart.updatedAt,
                cart.expiresAt(idle));
    }
}
