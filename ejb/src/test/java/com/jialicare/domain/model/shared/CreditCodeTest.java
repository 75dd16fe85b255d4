package com.jialicare.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Unified social credit code (GB 32100-2015)")
class CreditCodeTest {

    private static final String EXAMPLE = "91350100M000100Y43";

    private static BusinessException rejection(String raw) {
        Throwable thrown = catchThrowable(() -> CreditCode.of(raw));
        assertThat(thrown).isInstanceOf(BusinessException.class);
        BusinessException e = (BusinessException) thrown;
        assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
        assertThat(e.field()).isEqualTo("creditCode");
        return e;
    }

    @ParameterizedTest
    @DisplayName("published examples are accepted")
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L"})
    void publishedExamples(String code) {
        assertThat(CreditCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("checkCharacter gives the published examples' and other worked-out check characters")
    @CsvSource({
        "91350100M000100Y4, 3",
        "91110000600037341, L",
        "91511100MA62A1B2C, J",
        "52511102MJQ000010, 2",
        "12511100000000000, 0",
        "Y1511123ABCDEFGHJ, G",
        "N2511181KLMNPQRTU, C",
    })
    void checkCharacter(String first17, char check) {
        assertThat(CreditCode.checkCharacter(first17)).isEqualTo(check);
    }

    @ParameterizedTest(name = "first character {0}")
    @DisplayName("any character of the alphabet may come first")
    @ValueSource(chars = {'1', '5', '9', 'A', 'G', 'J', 'N', 'Y'})
    void anyFirstCharacter(char first) {
        String first17 = first + "1350100M000100Y4";
        String code = first17 + CreditCode.checkCharacter(first17);

        assertThat(CreditCode.of(code).value()).isEqualTo(code);
    }

    @Test
    @DisplayName("a weighted sum divisible by 31 gives the check character 0")
    void sumDivisibleBy31() {
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
        assertThat(CreditCode.of("000000000000000000").value()).isEqualTo("000000000000000000");
    }

    @Test
    @DisplayName("lower case is accepted and stored upper case")
    void lowerCase() {
        CreditCode code = CreditCode.of("91350100m000100y43");

        assertThat(code.value()).isEqualTo(EXAMPLE);
        assertThat(code).isEqualTo(CreditCode.of(EXAMPLE));
    }

    @ParameterizedTest
    @DisplayName("surrounding spaces, tabs and full-width spaces are ignored")
    @ValueSource(strings = {" 91350100M000100Y43 ", "\t91350100M000100Y43\n", "\u300091350100M000100Y43\u3000"})
    void surroundingWhitespace(String raw) {
        assertThat(CreditCode.of(raw).value()).isEqualTo(EXAMPLE);
    }

    @ParameterizedTest(name = "\"{0}\": ''{1}'' at position {2}")
    @DisplayName("I, O, S, V, Z and other characters outside the alphabet are rejected, naming the character")
    @CsvSource({
        "I1350100M000100Y43, I, 1",
        "91350100O000100Y43, O, 9",
        "91350100M000100S43, S, 16",
        "91350100MV00100Y43, V, 10",
        "91350100M000100Y4Z, Z, 18",
        "91350100o000100Y43, O, 9",
        "91350100-000100Y43, -, 9",
        "９1350100M000100Y43, ９, 1",
    })
    void charactersOutsideAlphabet(String raw, char bad, int position) {
        BusinessException e = rejection(raw);

        assertThat(e.code()).isEqualTo("CREDIT_CODE_CHARACTERS");
        assertThat(e.args()).containsExactly(bad, position);
        assertThat(e.getMessage()).contains("'" + bad + "'");
    }

    @ParameterizedTest(name = "check character {0} instead of 3")
    @DisplayName("a wrong check character is rejected, naming the expected one")
    @ValueSource(chars = {'0', '2', '4', '9', 'A', 'L', 'Y'})
    void wrongCheckCharacter(char check) {
        BusinessException e = rejection("91350100M000100Y4" + check);

        assertThat(e.code()).isEqualTo("CREDIT_CODE_CHECK");
        assertThat(e.args()).containsExactly('3');
        assertThat(e.getMessage()).contains("should be 3");
    }

    @ParameterizedTest(name = "position {0} changed to {1}")
    @DisplayName("one mistyped character anywhere is caught by the check character")
    @CsvSource({"1, 5", "2, 2", "3, 4", "8, 1", "9, N", "12, 1", "16, X", "17, 5"})
    void mistypedCharacter(int position, char replacement) {
        StringBuilder typo = new StringBuilder(EXAMPLE);
        typo.setCharAt(position - 1, replacement);
        assertThat(typo.toString()).isNotEqualTo(EXAMPLE);

        assertThat(rejection(typo.toString()).code()).isEqualTo("CREDIT_CODE_CHECK");
    }

    @Test
    @DisplayName("two swapped neighbouring characters are caught by the check character")
    void swappedCharacters() {
        assertThat(rejection("9135010M0000100Y43").code()).isEqualTo("CREDIT_CODE_CHECK");
    }

    @ParameterizedTest(name = "\"{0}\" has {1} characters")
    @DisplayName("a code of any other length than 18 is rejected, e.g. an old registration number")
    @CsvSource({
        "91350100M000100Y4, 17",
        "91350100M000100Y430, 19",
        "350100000012345, 15",
        "M0001004-3, 10",
    })
    void wrongLength(String raw, int length) {
        BusinessException e = rejection(raw);

        assertThat(e.code()).isEqualTo("CREDIT_CODE_LENGTH");
        assertThat(e.args()).containsExactly(length, 18);
    }

    @ParameterizedTest
    @DisplayName("a missing code is rejected as required")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", "\u3000"})
    void required(String raw) {
        assertThat(rejection(raw).code()).isEqualTo("CREDIT_CODE_REQUIRED");
    }

    @Test
    @DisplayName("two codes are equal when their 18 characters are, and toString is the code")
    void equality() {
        CreditCode code = CreditCode.of(EXAMPLE);

        assertThat(code)
                .isEqualTo(CreditCode.of(" 91350100m000100y43 "))
                .hasSameHashCodeAs(CreditCode.of(EXAMPLE))
                .isNotEqualTo(CreditCode.of("91110000600037341L"))
                .hasToString(EXAMPLE);
    }

    @ParameterizedTest
    @DisplayName("checkCharacter needs exactly 17 characters of the alphabet")
    @NullAndEmptySource
    @ValueSource(strings = {"91350100M000100Y", "91350100M000100Y43", "91350100O000100Y4", "91350100m000100Y4"})
    void checkCharacterInput(String first17) {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacter(first17));
    }
}
