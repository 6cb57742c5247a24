package com.ally.catalog.reservation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReservationLineTest {

    @Test
    void repeatedSkusAreFoldedAndSortedSoLocksAreTakenInOneOrder() {
        assertThat(ReservationLine.merged(List.of(new ReservationLine("B", 1), new ReservationLine("A", 2),
                new ReservationLine("B", 3))))
                .containsExactly(new ReservationLine("A", 2), new ReservationLine("B", 4));
    }
}
