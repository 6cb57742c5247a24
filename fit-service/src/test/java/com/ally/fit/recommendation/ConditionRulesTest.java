package com.ally.fit.recommendation;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionRulesTest {

    private static final StyleFacts FLAT = new StyleFacts("forever-flat", "The Forever Flat", "FLAT", 0.6, "POINTED",
            Set.of("ARCH_SUPPORT", "METATARSAL_SUPPORT"), Set.of("SUEDE"));
    private static final StyleFacts PUMP = new StyleFacts("tall-pump", "The Tall Pump", "HEEL", 3.5, "ALMOND",
            Set.of("ARCH_SUPPORT", "STRETCH_LEATHER_UPPER", "CUSHIONED_FOOTBED"), Set.of("LEATHER"));

    @Test
    void plantarFasciitisNeedsALowHeelWithArchSupport() {
        assertThat(ConditionRules.suits(FLAT, List.of(Condition.PLANTAR_FASCIITIS)))
                .contains(List.of("a low 0.6-inch heel with arch support"));
        assertThat(ConditionRules.suits(PUMP, List.of(Condition.PLANTAR_FASCIITIS))).isEmpty();
    }

    @Test
    void bunionsNeedAStretchUpper() {
        assertThat(ConditionRules.suits(FLAT, List.of(Condition.BUNIONS))).isEmpty();
        assertThat(ConditionRules.suits(PUMP, List.of(Condition.BUNIONS))).contains(List.of("a stretch leather upper"));
    }

    @Test
    void aStyleMustSuitEveryCondition() {
        assertThat(ConditionRules.suits(FLAT, List.of(Condition.FLAT_FEET, Condition.HIGH_ARCHES)))
                .contains(List.of("arch support", "metatarsal support"));
        assertThat(ConditionRules.suits(FLAT, List.of(Condition.FLAT_FEET, Condition.WIDE_FOREFOOT))).isEmpty();
        assertThat(ConditionRules.suits(PUMP, List.of(Condition.WIDE_FOREFOOT, Condition.HIGH_ARCHES))).isPresent();
    }
}
