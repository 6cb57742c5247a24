package com.ally.orders.order;

import org.junit.jupiter.api.Test;

import com.ally.orders.problem.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressTest {

    private static Address address(String postalCode, String country) {
        return new Address(" Cleo Hart ", "12 Orchard Street", null, "Brooklyn", "NY", postalCode, country);
    }

    @Test
    void aRealCountryAndForTheUsAZipCode() {
        assertThat(address("11201", "US").checked("shippingAddress").name()).isEqualTo("Cleo Hart");
        assertThat(address("11201-1234", "US").checked("shippingAddress").postalCode()).isEqualTo("11201-1234");
        assertThat(address("sw1a 1aa", "GB").checked("shippingAddress").postalCode()).isEqualTo("SW1A 1AA");
        assertThatThrownBy(() -> address("1120", "US").checked("shippingAddress")).isInstanceOf(ApiException.class)
                .extracting("errors").asList().extracting("field").containsExactly("shippingAddress.postalCode");
        assertThatThrownBy(() -> address("11201", "XX").checked("shippingAddress"))
                .extracting("errors").asList().extracting("field").containsExactly("shippingAddress.country");
    }
}
