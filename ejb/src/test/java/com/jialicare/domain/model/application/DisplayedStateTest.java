package com.jialicare.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #16 item 6: the state a reader is shown tells the truth on the day it is read. */
@DisplayName("DisplayedState: the state as shown on a day")
class DisplayedStateTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 7);

    @ParameterizedTest(name = "{0} with notice last day {1}, read on {2}: {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "DRAFT,           -,          2025-03-10, DRAFT",
                "SUBMITTED,       -,          2025-03-10, SUBMITTED",
                "COUNTY_APPROVED, -,          2025-03-10, COUNTY_APPROVED",
                "PUBLIC_NOTICE,   2025-03-07, 2025-03-01, NOTICE_RUNNING",
                "PUBLIC_NOTICE,   2025-03-07, 2025-03-07, NOTICE_RUNNING",
                "PUBLIC_NOTICE,   2025-03-07, 2025-03-08, NOTICE_ENDED",
                "PUBLIC_NOTICE,   2025-03-07, 2026-01-01, NOTICE_ENDED",
                "CITY_APPROVED,   2025-03-07, 2025-03-10, CITY_APPROVED",
                "PAID,            2025-03-07, 2025-03-10, PAID",
                "RETURNED,        2025-03-07, 2025-03-10, RETURNED",
                "WITHDRAWN,       -,          2025-03-10, WITHDRAWN",
            })
    void table(ApplicationState state, LocalDate lastDay, LocalDate today, DisplayedState shown) {
        assertThat(DisplayedState.of(state, lastDay, today)).isEqualTo(shown);
    }

    @Test
    @DisplayName("only a running notice shows its last day beside the state; an ended one does not")
    void noticeEndShownOnlyWhileRunning() {
        assertThat(DisplayedState.of(ApplicationState.PUBLIC_NOTICE, LAST_DAY, LAST_DAY)
                        .showsNoticeEnd())
                .isTrue();
        assertThat(DisplayedState.of(ApplicationState.PUBLIC_NOTICE, LAST_DAY, LAST_DAY.plusDays(1))
                        .showsNoticeEnd())
                .isFalse();
    }

    @Test
    @DisplayName(
            "the application's own displayed state follows its notice: running on its last day, ended the day after")
    void applicationUnderNotice() {
        Instant now = Instant.parse("2025-03-01T02:00:00Z");
        LocalDate today = LocalDate.of(2025, 3, 1);
        Application a = Application.operating(7, YearMonth.of(2024, 1), YearMonth.of(2024, 12), new Actor(1, "h"), now);
        a.submit(new BigDecimal("100.00"), new Actor(1, "h"), now);
        a.approveByCounty(new Actor(2, "c"), null, now);
        a.startNotice(today, null, 7, new Actor(3, "city"), now);

        assertThat(a.displayedState(today.plusDays(6))).isEqualTo(DisplayedState.NOTICE_RUNNING);
        assertThat(a.displayedState(today.plusDays(7))).isEqualTo(DisplayedState.NOTICE_ENDED);
        assertThat(a.getNoticeLastDay()).isEqualTo(Application.noticeLastDayIfRecorded(today, 7));
    }

    @Test
    @DisplayName("a notice starting before today starts in the past; today or later does not")
    void noticeInThePast() {
        LocalDate today = LocalDate.of(2025, 3, 1);
        assertThat(Application.noticeStartsInPast(today.minusDays(1), today)).isTrue();
        assertThat(Application.noticeStartsInPast(today, today)).isFalse();
        assertThat(Application.noticeStartsInPast(null, today)).isFalse();
    }
}
