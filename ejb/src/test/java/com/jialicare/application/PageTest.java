package com.jialicare.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Page: paging parameters whose first row always fits")
class PageTest {

    @ParameterizedTest(name = "page {0}, size {1}")
    @CsvSource({"0, 1", "0, 200", "1000000, 200", "5, 20"})
    @DisplayName("pages from 0 to a million of 1 to 200 rows are accepted, and page × size fits an int")
    void accepted(int page, int size) {
        assertThatCode(() -> Page.check(page, size)).doesNotThrowAnyException();
        assertThatCode(() -> Math.multiplyExact(page, size)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "page {0}, size {1} → {2}")
    @CsvSource({
        "-1, 20, INVALID_PAGE",
        "2147483647, 100, INVALID_PAGE",
        "1000001, 20, INVALID_PAGE",
        "21474837, 100, INVALID_PAGE",
        "0, 0, INVALID_PAGE_SIZE",
        "0, 201, INVALID_PAGE_SIZE"
    })
    @DisplayName("a negative page, a page beyond a million (page × size would overflow) or a bad size is a 400")
    void refused(int page, int size, String code) {
        assertThatThrownBy(() -> Page.check(page, size))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code())
                                .isEqualTo(code));
    }
}
