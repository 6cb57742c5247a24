package com.ally.catalog.style;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.ally.catalog.problem.ApiException;
import com.ally.catalog.problem.FieldError;
import com.ally.catalog.sizing.Width;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StyleRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T16:49:55Z");

    private static Style withColourway() {
        Style style = Style.draft("forever-flat", "FFL", "ada", NOW);
        Colourway colourway = Colourway.of(style, "BLKSUE", "Black Suede", "BLACK", "SUEDE", "[]", NOW);
        colourway.price(19500, "USD", null, null);
        style.add(colourway);
        return style;
    }

    @Test
    void aDraftWithoutColourwaysCannotBePublished() {
        Style style = Style.draft("empty", "EMP", "ada", NOW);
        assertThatThrownBy(() -> style.publish(NOW)).isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("no colourway");
    }

    @Test
    void draftToActiveToRetiredAndBack() {
        Style style = withColourway();
        style.publish(NOW);
        assertThat(style.status).isEqualTo(StyleStatus.ACTIVE);
        assertThat(style.publishedAt).isEqualTo(NOW);
        assertThatThrownBy(() -> style.publish(NOW)).isInstanceOf(IllegalTransition.class);
        style.retire();
        assertThat(style.status).isEqualTo(StyleStatus.RETIRED);
        assertThatThrownBy(style::retire).isInstanceOf(IllegalTransition.class);
        style.publish(NOW);
        assertThat(style.isPublic()).isTrue();
    }

    @Test
    void aDraftCannotBeRetired() {
        assertThatThrownBy(() -> Style.draft("d", "DRF", "ada", NOW).retire()).isInstanceOf(IllegalTransition.class)
                .extracting(e -> ((ApiException) e).code()).isEqualTo("ILLEGAL_TRANSITION");
    }

    @Test
    void fromPriceIsTheLowestColourwayPrice() {
        Style style = withColourway();
        Colourway sale = Colourway.of(style, "NUD", "Nude", "NUDE", "LEATHER", "[]", NOW);
        sale.price(15500, "USD", 19500L, "USD");
        style.add(sale);
        assertThat(style.fromPrice).isEqualTo(15500L);
    }

    @Test
    void compareAtPriceMustBeAboveThePriceAndPricePositive() {
        Colourway colourway = Colourway.of(Style.draft("s", "SSS", "ada", NOW), "RED", "Red", "RED", "LEATHER", "[]", NOW);
        assertThat(catchThrowableOfType(ApiException.class, () -> colourway.price(19500, "USD", 19500L, "USD")).errors())
                .extracting(FieldError::field).containsExactly("compareAtPrice.amount");
        assertThat(catchThrowableOfType(ApiException.class, () -> colourway.price(0, "USD", null, null)).errors())
                .extracting(FieldError::field).containsExactly("price.amount");
    }

    @Test
    void offeredSizesAreCheckedAndDefaultToAll() {
        assertThat(StyleService.offeredSizes(null)).hasSize(17);
        assertThat(StyleService.offeredSizes(List.of(new BigDecimal("9"), new BigDecimal("8.5"))))
                .containsExactly(new BigDecimal("8.5"), new BigDecimal("9.0"));
        ApiException e = catchThrowableOfType(ApiException.class, () -> StyleService.offeredSizes(
                List.of(new BigDecimal("3.5"), new BigDecimal("7"), new BigDecimal("12.5"), new BigDecimal("7.25"))));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("sizes[0]", "sizes[2]", "sizes[3]");
        assertThat(StyleService.offeredWidths(null)).containsExactly(Width.values());
    }

    @Test
    void statusesListTheirAllowedTransitions() {
        assertThat(StyleStatus.DRAFT.allowedTransitions()).containsExactly(StyleStatus.ACTIVE);
        assertThat(StyleStatus.ACTIVE.allowedTransitions()).containsExactly(StyleStatus.RETIRED);
        assertThat(StyleStatus.RETIRED.allowedTransitions()).containsExactly(StyleStatus.ACTIVE);
    }
}
