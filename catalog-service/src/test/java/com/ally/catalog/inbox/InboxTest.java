package com.ally.catalog.inbox;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class InboxTest {

    @Inject
    Inbox inbox;

    @Test
    void anEventIdIsAppliedOnce() {
        UUID id = UUID.randomUUID();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery(id, "ally.test.v1"))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery(id, "ally.test.v1"))).isFalse();
    }

    @Test
    void aRolledBackEffectForgetsTheEvent() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.begin();
        assertThat(inbox.firstDelivery(id, "ally.test.v1")).isTrue();
        QuarkusTransaction.rollback();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery(id, "ally.test.v1"))).isTrue();
    }
}
