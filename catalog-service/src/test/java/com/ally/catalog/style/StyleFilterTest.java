package com.ally.catalog.style;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.ally.catalog.problem.ApiException;
import com.ally.catalog.problem.FieldError;
import com.ally.catalog.sizing.Width;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StyleFilterTest {

    @Test
    void parsesEveryFilter() {
        StyleFilter f = StyleFilter.parse("bridal", "HEEL", "WHITE", "1", "3.5", "1000", "30000", "satin", "9", "WIDE",
                "true", "-price");
        assertThat(f.category()).isEqualTo(Category.HEEL);
        assertThat(f.size()).isEqualByComparingTo(new BigDecimal("9"));
        assertThat(f.width()).isEqualTo(Width.WIDE);
        assertThat(f.inStock()).isTrue();
        assertThat(f.sort()).isEqualTo(StyleFilter.Sort.PRICE_DESC);
        assertThat(f.filtersColourways()).isTrue();
    }

    @Test
    void defaultsToFeaturedWithNoFilter() {
        StyleFilter f = StyleFilter.parse(null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(f.sort()).isEqualTo(StyleFilter.Sort.FEATURED);
        assertThat(f.filtersColourways()).isFalse();
    }

    @Test
    void namesEveryBadParameter() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> StyleFilter.parse(null, "BOOT", "black", "x",
                null, "-1", null, null, "12.5", "HUGE", "yes", "cheapest"));
        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("category", "colour", "heelMin",
                "priceMin", "size", "width", "inStock", "sort");
    }
}
