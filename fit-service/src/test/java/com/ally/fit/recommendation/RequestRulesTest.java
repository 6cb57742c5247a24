package com.ally.fit.recommendation;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.ally.fit.problem.ApiException;
import com.ally.fit.problem.FieldError;
import com.ally.fit.sizing.LengthUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RequestRulesTest {

    @Test
    void lengthsMustBeBetween18And32Centimetres() {
        assertThatCode(() -> RequestRules.check(Feet.cm(18))).doesNotThrowAnyException();
        assertThatCode(() -> RequestRules.check(Feet.cm(32))).doesNotThrowAnyException();
        assertThat(fields(Feet.cm(17.9))).containsExactly("feet.left.length");
        assertThat(fields(Feet.cm(32.1))).containsExactly("feet.left.length");
    }

    @Test
    void inchesAreCheckedAsTheirCentimetres() {
        assertThatCode(() -> RequestRules.check(Feet.inches(9))).doesNotThrowAnyException();
        assertThat(fields(Feet.inches(24))).containsExactly("feet.left.length");
        assertThat(fields(Feet.both(LengthUnit.IN, 9, 30))).containsExactly("feet.right.length");
    }

    @Test
    void widthsMustBeBetween6And13Centimetres() {
        assertThat(fields(Feet.cm(24, 2))).containsExactly("feet.left.width");
    }

    @Test
    void aRequestNeedsAFootOrAShoe() {
        assertThat(fields(new FitRequest(null, null, FitPreference.ROOMY, null, null))).containsExactly("feet");
        assertThat(fields(new FitRequest(new FitRequest.Feet(LengthUnit.CM, null, null), null, null, null, null)))
                .containsExactly("feet");
    }

    @Test
    void shoeSizesAreWholeOrHalf() {
        FitRequest request = Feet.shoe("ALLY", 7.3, null, ShoeFit.RIGHT);
        assertThat(fields(request)).containsExactly("referenceShoes[0].size");
    }

    private static List<String> fields(FitRequest request) {
        ApiException e = catchThrowableOfType(ApiException.class, () -> RequestRules.check(request));
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
        return e.errors().stream().map(FieldError::field).toList();
    }
}
