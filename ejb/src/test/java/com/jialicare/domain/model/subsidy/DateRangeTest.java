package com.jialicare.domain.model.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.shared.BusinessException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRangeTest {

    @ParameterizedTest(name = "[{0}, {1}) ∩ [{2}, {3}) = {4} days")
    @CsvSource({
        "2024-01-10, 2024-01-20, 2024-01-01, 2024-02-01, 10",
        "2024-01-25, 2024-02-10, 2024-02-01, 2024-03-01, 9",
        "2024-01-25, 2024-02-10, 2024-01-01, 2024-02-01, 7",
        "2024-01-10, 2024-01-20, 2024-01-20, 2024-01-30, 0",
        "2024-01-10, 2024-01-20, 2024-01-19, 2024-01-30, 1",
        "2024-01-10, 2024-01-20, 2024-01-01, 2024-01-10, 0",
        "2024-01-10, 2024-01-20, 2024-01-12, 2024-01-13, 1",
        "2024-02-01, 2024-03-01, 2024-01-01, , 29"
    })
    @DisplayName("Half-open ranges: the until day is not inside, so ranges that touch share no day; a null end is open")
    void overlapDays(LocalDate from, LocalDate until, LocalDate otherFrom, LocalDate otherUntil, long days) {
        DateRange r = new DateRange(from, until);

        assertThat(r.overlapDays(otherFrom, otherUntil)).isEqualTo(days);
        if (otherUntil != null) {
            assertThat(r.overlapDays(new DateRange(otherFrom, otherUntil))).isEqualTo(days);
            assertThat(new DateRange(otherFrom, otherUntil).overlapDays(r)).isEqualTo(days);
            assertThat(r.overlaps(new DateRange(otherFrom, otherUntil))).isEqualTo(days > 0);
        }
    }

    @ParameterizedTest(name = "{0} has {1} days")
    @CsvSource({"2024-02, 29", "2023-02, 28", "2024-01, 31", "2024-04, 30"})
    @DisplayName("A month as a range has as many days as the month (leap years included)")
    void month(YearMonth month, long days) {
        DateRange r = DateRange.of(month);

        assertThat(r.days()).isEqualTo(days);
        assertThat(r.contains(month.atEndOfMonth())).isTrue();
        assertThat(r.contains(month.plusMonths(1).atDay(1))).isFalse();
    }

    @ParameterizedTest(name = "[{0}, {1})")
    @CsvSource({"2024-01-10, 2024-01-10", "2024-01-10, 2024-01-09"})
    @DisplayName("An empty or reversed range is a 400 INVALID_DATE_RANGE on until")
    void invalid(LocalDate from, LocalDate until) {
        assertThatThrownBy(() -> new DateRange(from, until)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.code()).isEqualTo("INVALID_DATE_RANGE");
            assertThat(e.field()).isEqualTo("until");
        });
    }
}
