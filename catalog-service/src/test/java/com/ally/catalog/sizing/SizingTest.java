package com.ally.catalog.sizing;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SizingTest {

    @Test
    void seventeenSizesFromFourToTwelveInHalves() {
        assertThat(Sizes.ALL).hasSize(17);
        assertThat(Sizes.ALL.get(0)).isEqualByComparingTo("4.0");
        assertThat(Sizes.ALL.get(1)).isEqualByComparingTo("4.5");
        assertThat(Sizes.ALL.get(16)).isEqualByComparingTo("12.0");
        assertThat(Sizes.ALL.size() * Width.values().length).isEqualTo(68);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.5", "12.5", "7.25", "0", "-4", "8.1"})
    void sizesWeDoNotMakeAreInvalid(String size) {
        assertThat(Sizes.valid(new BigDecimal(size))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "4.0", "7.5", "9", "12", "12.00"})
    void wholeAndHalfSizesAreValid(String size) {
        assertThat(Sizes.valid(new BigDecimal(size))).isTrue();
    }

    @Test
    void skuCodeNamesStyleColourwaySizeAndWidth() {
        assertThat(SkuCode.of("FFL", "BLKSUE", new BigDecimal("7.5"), Width.WIDE)).isEqualTo("FFL-BLKSUE-075-W");
        assertThat(SkuCode.of("LBH", "BLK", new BigDecimal("12"), Width.EXTRA_WIDE)).isEqualTo("LBH-BLK-120-XW");
        assertThat(SkuCode.of("LBH", "BLK", new BigDecimal("4.0"), Width.NARROW)).isEqualTo("LBH-BLK-040-N");
        assertThat(SkuCode.of("LBH", "BLK", new BigDecimal("9"), Width.MEDIUM)).isEqualTo("LBH-BLK-090-M");
    }

    @Test
    void skuCodeRefusesASizeWeDoNotMake() {
        assertThatThrownBy(() -> SkuCode.of("FFL", "BLK", new BigDecimal("7.25"), Width.WIDE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
