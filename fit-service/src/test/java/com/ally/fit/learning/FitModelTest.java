package com.ally.fit.learning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FitModelTest {

    private final FitModel model = new FitModel(50, 0.1);

    @Test
    void noEvidenceIsStandardSizing() {
        FitModel.Posterior p = model.posterior(Evidence.NONE);
        assertThat(p.size()).isZero();
        assertThat(p.sizeOffset()).isZero();
        assertThat(p.words(0)).isEqualTo("no fit evidence yet: standard sizing");
    }

    @Test
    void threeReturnsDoNotMoveAStyle() {
        FitModel.Posterior p = model.posterior(new Evidence(0, 3, 0, 0, 0, 0));
        assertThat(p.size()).isCloseTo(3.0 / 53, within(1e-9));
        assertThat(p.sizeOffset()).isZero();
        assertThat(p.words(3)).isEqualTo("true to size, from 3 orders");
    }

    @Test
    void hundredsOfReturnsDo() {
        FitModel.Posterior p = model.posterior(new Evidence(120, 120, 0, 0, 0, 0));
        assertThat(p.size()).isCloseTo(120.0 / 290, within(1e-9));
        assertThat(p.sizeOffset()).isEqualTo(0.5);
        assertThat(p.words(240)).isEqualTo("runs half a size small, from 240 orders");
    }

    @Test
    void aHalfSizeIsAppliedOnlyClearlyPastAQuarter() {
        // 0.29 stays, 0.31 moves: the margin is a tenth of a half-size step past its middle.
        assertThat(model.posterior(new Evidence(21, 29, 0, 0, 0, 0)).sizeOffset()).isZero();
        assertThat(model.posterior(new Evidence(19, 31, 0, 0, 0, 0)).sizeOffset()).isEqualTo(0.5);
        assertThat(model.posterior(new Evidence(0, 0, 40, 0, 0, 0)).sizeOffset()).isEqualTo(-0.5);
        assertThat(model.posterior(new Evidence(0, 0, 40, 0, 0, 0)).words(40)).isEqualTo("runs half a size large, from 40 orders");
    }

    @Test
    void aFullSizeNeedsAPosteriorPastThreeQuarters() {
        FitModel.Posterior p = model.posterior(new Evidence(0, 1000, 0, 0, 0, 0));
        assertThat(p.sizeOffset()).isEqualTo(1.0);
        assertThat(p.words(1000)).isEqualTo("runs a full size small, from 1000 orders");
    }

    @Test
    void widthLearnsInWholeWidthsOnly() {
        assertThat(model.posterior(new Evidence(0, 0, 0, 60, 0, 0)).widthOffset()).isZero();
        FitModel.Posterior narrow = model.posterior(new Evidence(0, 0, 0, 200, 0, 0));
        assertThat(narrow.widthOffset()).isEqualTo(1);
        assertThat(narrow.words(200)).isEqualTo("true to length but runs narrow, from 200 orders");
    }

    @Test
    void aKeptPairThatIsReturnedCountsOnce() {
        LineOutcome delivered = LineOutcome.NOTHING.deliveredPairs(1);
        assertThat(delivered.evidence()).isEqualTo(new Evidence(1, 0, 0, 0, 0, 0));
        LineOutcome returned = delivered.returnedPairs("TOO_SMALL", 1);
        assertThat(returned.evidence()).isEqualTo(new Evidence(0, 1, 0, 0, 0, 0));
        assertThat(returned.evidence().minus(delivered.evidence())).isEqualTo(new Evidence(-1, 1, 0, 0, 0, 0));
    }

    @Test
    void aReturnSeenBeforeItsDeliveryCountsOnceToo() {
        LineOutcome returned = LineOutcome.NOTHING.returnedPairs("TOO_LARGE", 1);
        LineOutcome thenDelivered = returned.deliveredPairs(1);
        assertThat(thenDelivered.evidence()).isEqualTo(new Evidence(0, 0, 1, 0, 0, 0));
        assertThat(thenDelivered.deliveredPairs(1)).isEqualTo(thenDelivered);
    }

    @Test
    void reasonsThatSayNothingAboutFitOnlyStopAPairCountingAsKept() {
        LineOutcome outcome = LineOutcome.NOTHING.deliveredPairs(2).returnedPairs("CHANGED_MIND", 1);
        assertThat(outcome.evidence()).isEqualTo(new Evidence(1, 0, 0, 0, 0, 1));
        assertThat(outcome.evidence().sizeObservations()).isEqualTo(1);
    }
}
