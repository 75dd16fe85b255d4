package com.jialicare.interfaces.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Dates for families: written out, never 2025-02-18")
class LongDatesTest {

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @DisplayName("a day in Chinese and in English, without leading zeros")
    @CsvSource({
        "2025-02-18, 2025年2月18日, 18 February 2025",
        "2024-07-01, 2024年7月1日, 1 July 2024",
        "2023-12-31, 2023年12月31日, 31 December 2023"
    })
    void dates(LocalDate day, String zh, String en) {
        assertThat(LongDates.date(day, true)).isEqualTo(zh);
        assertThat(LongDates.date(day, false)).isEqualTo(en);
    }

    @ParameterizedTest(name = "{0} to {1} → {2} / {3}")
    @DisplayName("a month, and a range of months within a year and across years")
    @CsvSource(
            delimiter = '|',
            value = {
                "2025-02 | 2025-02 | 2025年2月 | February 2025",
                "2025-01 | 2025-03 | 2025年1月至3月 | January – March 2025",
                "2024-11 | 2025-02 | 2024年11月至2025年2月 | November 2024 – February 2025"
            })
    void months(String first, String last, String zh, String en) {
        YearMonth from = YearMonth.parse(first);
        YearMonth to = YearMonth.parse(last);
        assertThat(LongDates.months(from, to, true)).isEqualTo(zh);
        assertThat(LongDates.months(from, to, false)).isEqualTo(en);
    }

    @ParameterizedTest(name = "zh = {0}")
    @DisplayName("no date is an empty text, not \"null\"")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void none(boolean zh) {
        assertThat(LongDates.date(null, zh)).isEmpty();
        assertThat(LongDates.month(null, zh)).isEmpty();
    }
}
