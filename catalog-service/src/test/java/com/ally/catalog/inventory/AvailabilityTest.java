package com.ally.catalog.inventory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityTest {

    @Test
    void lowIsOneToThreeByDefault() {
        assertThat(Availability.of(0, 3)).isEqualTo(Availability.OUT);
        assertThat(Availability.of(-2, 3)).isEqualTo(Availability.OUT);
        assertThat(Availability.of(1, 3)).isEqualTo(Availability.LOW);
        assertThat(Availability.of(3, 3)).isEqualTo(Availability.LOW);
        assertThat(Availability.of(4, 3)).isEqualTo(Availability.IN_STOCK);
    }

    @Test
    void thresholdIsConfigurable() {
        assertThat(Availability.of(5, 5)).isEqualTo(Availability.LOW);
        assertThat(Availability.of(1, 0)).isEqualTo(Availability.IN_STOCK);
    }
}
