package com.ally.orders.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.ally.orders.problem.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A return's rules as plain code: the refund, and when an exchange's replacement may ship. */
class OrderReturnTest {

    private static final Instant REQUESTED_AT = Instant.parse("2026-11-24T16:49:55Z");
    private static final Instant LATER = Instant.parse("2026-11-26T09:15:00Z");

    @Test
    void aReturnIsRefundedTheReturnedPairsAtThePricesTheOrderCharged() {
        OrderReturn r = OrderReturn.request(UUID.randomUUID(), "USD",
                List.of(returned("FFL-BLK-075-W", 19500, 2), returned("PMP-RED-080-M", 24500, 1)), List.of(), REQUESTED_AT);
        assertThat(r.kind).isEqualTo(OrderReturn.RETURN);
        assertThat(r.refundAmount).isNull();

        r.receive(LATER);

        assertThat(r.status).isEqualTo(OrderReturn.RECEIVED);
        assertThat(r.receivedAt).isEqualTo(LATER);
        assertThat(r.refundAmount).isEqualTo(2 * 19500 + 24500);
        assertThat(ReturnView.refund(r)).satisfies(m -> {
            assertThat(m.amount()).isEqualTo(63500);
            assertThat(m.currency()).isEqualTo("USD");
        });
        assertThat(r.allowedTransitions()).isEmpty();
        assertThatThrownBy(() -> r.receive(LATER)).extracting("code").isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void aReservedReplacementShipsOnlyAfterTheGoodsAreReceivedAndOnlyOnce() {
        OrderReturn r = exchange();
        assertShipRefused(r, "replacementStatus"); // PENDING: catalog has not answered
        r.replacementAnswered(true, REQUESTED_AT);
        assertThat(r.replacementStatus).isEqualTo(OrderReturn.RESERVED);
        assertThat(r.replacementAllowedTransitions()).isEmpty();
        assertShipRefused(r, "status"); // the goods are not back yet

        r.receive(LATER);
        assertThat(r.refundAmount).isNull();
        assertThat(r.replacementStatus).isEqualTo(OrderReturn.RESERVED);
        assertThat(r.replacementAllowedTransitions()).containsExactly(OrderReturn.SHIPPED);

        r.shipReplacement("1Z999AA10123456785", LATER.plusSeconds(60));
        assertThat(r.replacementStatus).isEqualTo(OrderReturn.SHIPPED);
        assertThat(r.replacementTrackingNumber).isEqualTo("1Z999AA10123456785");
        assertThat(r.replacementShippedAt).isEqualTo(LATER.plusSeconds(60));
        assertThat(r.replacementAllowedTransitions()).isEmpty();
        assertThat(r.refundAmount).isNull();
        assertShipRefused(r, "replacementStatus");
        assertThat(r.replacementTrackingNumber).isEqualTo("1Z999AA10123456785");
    }

    @Test
    void aRejectedReplacementIsRefundedAndNeverShips() {
        OrderReturn r = exchange();
        r.replacementAnswered(false, REQUESTED_AT);
        r.replacementAnswered(true, REQUESTED_AT); // a second answer changes nothing
        assertThat(r.replacementStatus).isEqualTo(OrderReturn.REJECTED);

        r.receive(LATER);

        assertThat(r.refundAmount).isEqualTo(19500);
        assertThat(r.replacementAllowedTransitions()).isEmpty();
        assertShipRefused(r, "replacementStatus");
    }

    @Test
    void goodsReceivedBeforeCatalogAnswersWaitForTheAnswer() {
        OrderReturn rejected = exchange();
        rejected.receive(LATER);
        assertThat(rejected.refundAmount).isNull();
        rejected.replacementAnswered(false, LATER.plusSeconds(5));
        assertThat(rejected.refundAmount).isEqualTo(19500);

        OrderReturn reserved = exchange();
        reserved.receive(LATER);
        reserved.replacementAnswered(true, LATER.plusSeconds(5));
        assertThat(reserved.refundAmount).isNull();
        assertThat(reserved.replacementAllowedTransitions()).containsExactly(OrderReturn.SHIPPED);
    }

    @Test
    void aPlainReturnHasNoReplacementToShip() {
        OrderReturn r = OrderReturn.request(UUID.randomUUID(), "USD", List.of(returned("FFL-BLK-075-W", 19500, 1)), List.of(),
                REQUESTED_AT);
        r.receive(LATER);
        assertThat(r.replacementAllowedTransitions()).isEmpty();
        assertShipRefused(r, "kind");
    }

    private static void assertShipRefused(OrderReturn r, String field) {
        String before = r.replacementStatus;
        assertThatThrownBy(() -> r.shipReplacement("1Z-AGAIN", LATER))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
                    assertThat(e.errors()).extracting("field").containsExactly(field);
                });
        assertThat(r.replacementStatus).isEqualTo(before);
    }

    private static OrderReturn exchange() {
        Replacement replacement = new Replacement();
        replacement.sku = "FFL-BLK-080-W";
        replacement.styleId = UUID.randomUUID();
        replacement.styleSlug = "forever-flat";
        replacement.colourwayId = UUID.randomUUID();
        replacement.size = new BigDecimal("8");
        replacement.width = "WIDE";
        replacement.quantity = 1;
        OrderReturn r = OrderReturn.request(UUID.randomUUID(), "USD", List.of(returned("FFL-BLK-075-W", 19500, 1)),
                List.of(replacement), REQUESTED_AT);
        assertThat(r.kind).isEqualTo(OrderReturn.EXCHANGE);
        assertThat(r.replacementStatus).isEqualTo(OrderReturn.PENDING);
        return r;
    }

    private static ReturnedLine returned(String sku, long unitAmount, int quantity) {
        ReturnedLine line = new ReturnedLine();
        line.orderLineId = UUID.randomUUID();
        line.sku = sku;
        line.styleId = UUID.randomUUID();
        line.styleSlug = "forever-flat";
        line.colourwayId = UUID.randomUUID();
        line.size = new BigDecimal("7.5");
        line.width = "WIDE";
        line.quantity = quantity;
        line.unitAmount = unitAmount;
        line.reason = ReturnReason.TOO_SMALL;
        return line;
    }
}
