package com.ally.orders.cart;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.ally.orders.problem.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CartTest {

    private static final Instant NOW = Instant.parse("2026-11-24T16:49:55Z");

    @Test
    void aLineHoldsOneToTenPairs() {
        Cart cart = Cart.forGuest("hash", NOW);
        cart.add("AB-BLKSUE-075-W", 6, 10, NOW);
        cart.add("AB-BLKSUE-075-W", 4, 10, NOW);
        assertThat(cart.lines).containsEntry("AB-BLKSUE-075-W", 10);
        assertThatThrownBy(() -> cart.add("AB-BLKSUE-075-W", 1, 10, NOW)).isInstanceOf(ApiException.class)
                .extracting("errors").asList().extracting("field").containsExactly("quantity");
        assertThatThrownBy(() -> cart.setQuantity("AB-BLKSUE-075-W", 0, 10, NOW)).isInstanceOf(ApiException.class);
        assertThat(cart.lines).containsEntry("AB-BLKSUE-075-W", 10);
    }

    @Test
    void onlyAnOpenCartWithLinesCanBeCheckedOut() {
        Cart cart = Cart.forCustomer("customer-cleo", NOW);
        assertThatThrownBy(cart::requireCheckoutable).extracting("code").isEqualTo("CART_EMPTY");
        cart.add("AB-BLKSUE-075-W", 1, 10, NOW);
        cart.requireCheckoutable();
        cart.status = Cart.CHECKED_OUT;
        assertThatThrownBy(cart::requireCheckoutable).extracting("code").isEqualTo("CART_CHECKED_OUT");
        assertThatThrownBy(() -> cart.add("AB-BLKSUE-080-W", 1, 10, NOW)).extracting("code").isEqualTo("CART_CHECKED_OUT");
    }

    @Test
    void aCartExpiresAfterItsIdleTime() {
        Cart cart = Cart.forGuest("hash", NOW);
        assertThat(cart.expired(NOW.plus(Duration.ofDays(7)), Duration.ofDays(7))).isFalse();
        assertThat(cart.expired(NOW.plus(Duration.ofDays(7)).plusSeconds(1), Duration.ofDays(7))).isTrue();
        cart.add("AB-BLKSUE-075-W", 1, 10, NOW.plus(Duration.ofDays(6)));
        assertThat(cart.expired(NOW.plus(Duration.ofDays(8)), Duration.ofDays(7))).isFalse();
    }

    @Test
    void removingALineThatIsNotThereIs404() {
        Cart cart = Cart.forGuest("hash", NOW);
        assertThatThrownBy(() -> cart.remove("AB-BLKSUE-075-W", NOW)).extracting("status").isEqualTo(404);
    }
}
