package com.jialicare.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Administrative division code (hukou)")
class DivisionCodeTest {

    private static BusinessException rejection(String raw, String field) {
        Throwable thrown = catchThrowable(() -> DivisionCode.of(raw, field));
        assertThat(thrown).isInstanceOf(BusinessException.class);
        BusinessException e = (BusinessException) thrown;
        assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
        assertThat(e.field()).isEqualTo(field);
        return e;
    }

    @ParameterizedTest
    @DisplayName("six digits starting with a province code from 11 to 82 are accepted")
    @ValueSource(strings = {"511102", "511181", "510100", "110000", "110105", "820000"})
    void valid(String raw) {
        assertThat(DivisionCode.of(raw).value()).isEqualTo(raw);
    }

    @ParameterizedTest
    @DisplayName("surrounding spaces, tabs and full-width spaces are ignored")
    @ValueSource(strings = {" 511102 ", "\t511102\n", "\u3000511102\u3000"})
    void surroundingWhitespace(String raw) {
        assertThat(DivisionCode.of(raw).value()).isEqualTo("511102");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @DisplayName("anything but six digits with a plausible province code is rejected")
    @ValueSource(
            strings = {
                "51110", "5111020", "51110a", "5111 02", "-11102", "５１１１０２", "000000", "001234", "101234", "830000",
                "990000",
            })
    void badFormat(String raw) {
        BusinessException e = rejection(raw, "hukouCode");

        assertThat(e.code()).isEqualTo("DIVISION_CODE_FORMAT");
        assertThat(e.args()).containsExactly(raw);
    }

    @ParameterizedTest
    @DisplayName("a missing code is rejected as required")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", "\u3000"})
    void required(String raw) {
        assertThat(rejection(raw, "hukouCode").code()).isEqualTo("DIVISION_CODE_REQUIRED");
    }

    @Test
    @DisplayName("errors name the hukouCode field unless another field is given")
    void field() {
        Throwable byDefault = catchThrowable(() -> DivisionCode.of("5111"));

        assertThat(byDefault)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("hukouCode"));
        assertThat(rejection("5111", "divisionCode").code()).isEqualTo("DIVISION_CODE_FORMAT");
        assertThat(rejection("", "divisionCode").code()).isEqualTo("DIVISION_CODE_REQUIRED");
    }

    @ParameterizedTest(name = "{0} starts with {1}: {2}")
    @DisplayName("startsWith tells whether a division lies inside the one a prefix names")
    @CsvSource({
        "511102, 5111, true",
        "511181, 5111, true",
        "511102, 51, true",
        "510100, 5111, false",
        "115111, 5111, false",
    })
    void startsWith(String code, String prefix, boolean inside) {
        assertThat(DivisionCode.of(code).startsWith(prefix)).isEqualTo(inside);
    }

    @Test
    @DisplayName("two codes are equal when their digits are, and toString is the code")
    void equality() {
        DivisionCode code = DivisionCode.of("511102");

        assertThat(code)
                .isEqualTo(DivisionCode.of(" 511102"))
                .hasSameHashCodeAs(DivisionCode.of("511102"))
                .isNotEqualTo(DivisionCode.of("511181"))
                .hasToString("511102");
    }
}
