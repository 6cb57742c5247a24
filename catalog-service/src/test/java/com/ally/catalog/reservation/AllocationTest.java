package com.ally.catalog.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AllocationTest {

    @Test
    void takesWholeReservationsInArrivalOrderUntilStockRunsOut() {
        Allocation allocation = new Allocation(Map.of("A", 3, "B", 1));
        assertThat(allocation.take(List.of(new ReservationLine("A", 2), new ReservationLine("B", 1)))).isEmpty();
        assertThat(allocation.take(List.of(new ReservationLine("A", 1), new ReservationLine("B", 1))))
                .containsExactly(new ReservationService.Shortage("B", 1, 0));
        // the rejected reservation took nothing: its A is still there for the next one
        assertThat(allocation.take(List.of(new ReservationLine("A", 1)))).isEmpty();
        assertThat(allocation.left("A")).isZero();
    }

    @Test
    void namesEveryShortLineAndTreatsAnUnknownSkuAsNoneAvailable() {
        Allocation allocation = new Allocation(Map.of("A", 5, "B", 1));
        assertThat(allocation.take(List.of(new ReservationLine("A", 2), new ReservationLine("B", 2), new ReservationLine("X", 1))))
                .containsExactly(new ReservationService.Shortage("B", 2, 1), new ReservationService.Shortage("X", 1, 0));
        assertThat(allocation.left("A")).isEqualTo(5);
    }

    @Test
    void oversoldCountsNeverShowBelowZero() {
        Allocation allocation = new Allocation(Map.of("A", -2));
        assertThat(allocation.take(List.of(new ReservationLine("A", 1)))).containsExactly(new ReservationService.Shortage("A", 1, 0));
    }
}
