package com.ally.catalog.reservation;

import java.util.List;
import java.util.UUID;

/**
 * What an order or exchange asks to hold. {@code requestId} is the asking request's id, carried
 * into the answer so one checkout can be followed across services.
 */
public record ReservationRequest(UUID reservationId, UUID orderId, ReservationKind kind, List<ReservationLine> lines,
        String requestId) {
}
