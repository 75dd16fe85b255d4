package com.jialicare.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Searching a masked ID number: only what the mask shows, or the whole number")
class IdNumberSearchTest {

    /** Shown as 5111**********4803: the example of issue #16. */
    private static final String NUMBER = "511102194603084803";

    @Test
    @DisplayName("the mask shows the first four and the last four, ten asterisks between: all 18 characters")
    void maskShowsFirstAndLastFour() {
        assertThat(IdNumber.of(NUMBER).masked()).isEqualTo("5111**********4803").hasSize(18);
        assertThat(IdNumber.of("11010519491231002X").masked()).isEqualTo("1101**********002X");
    }

    @ParameterizedTest(name = "\"{0}\" finds 5111**********4803: {1}")
    @CsvSource({
        // the whole number, as typed (lower-case x, spaces around) or exactly
        "511102194603084803, true",
        "' 511102194603084803 ', true",
        // the masked form, as copied from the list
        "5111**********4803, true",
        "5111**********4804, false",
        // a part of the visible first four or last four
        "5111, true",
        "511, true",
        "11, true",
        "4803, true",
        "803, true",
        "03, true",
        "1148, false", // the first four and the last four are not one run of characters
        // hidden digits: the birth date, the middle, any run longer than four
        "1946, false",
        "19460308, false",
        "0219, false",
        "51110, false",
        "5111021946030848, false",
        "02194603084803, false",
        // a whole number that is not this one
        "511102194603084804, false",
        // not digits at all: a name, never a number
        "王秀英, false",
    })
    void findsOnlyVisibleCharacters(String term, boolean found) {
        assertThat(IdNumberSearch.of(term).matches(NUMBER)).isEqualTo(found);
    }

    @Test
    @DisplayName("an X is found only as the last character, where a number may end with it")
    void xOnlyAtTheEnd() {
        String endsInX = "11010519491231002X";
        assertThat(IdNumberSearch.of("02x").matches(endsInX)).isTrue();
        assertThat(IdNumberSearch.of("x").matches(endsInX)).isTrue();
        assertThat(IdNumberSearch.of("11010519491231002x")).isEqualTo(new IdNumberSearch.Whole(endsInX));
        assertThat(IdNumberSearch.of("X1")).isEqualTo(new IdNumberSearch.None());
    }

    @Test
    @DisplayName("each kind of term is told apart, so that the query asks the same as the rule")
    void kinds() {
        assertThat(IdNumberSearch.of(NUMBER)).isEqualTo(new IdNumberSearch.Whole(NUMBER));
        assertThat(IdNumberSearch.of("5111**********4803")).isEqualTo(new IdNumberSearch.Masked("5111", "4803"));
        assertThat(IdNumberSearch.of("4803")).isEqualTo(new IdNumberSearch.Part("4803"));
        assertThat(IdNumberSearch.of("19460308")).isEqualTo(new IdNumberSearch.None());
        assertThat(IdNumberSearch.of(null)).isEqualTo(new IdNumberSearch.None());
    }
}
