package com.jialicare.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.application.SystemOverviewService.PolicyRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The administrator's overview: the policy version in force today and the next one")
class SystemOverviewServiceTest {

    private static final PolicyRef V1 = new PolicyRef(1, LocalDate.of(2024, 1, 1));
    private static final PolicyRef V2 = new PolicyRef(2, LocalDate.of(2025, 7, 1));
    private static final PolicyRef V3 = new PolicyRef(3, LocalDate.of(2026, 1, 1));
    private static final PolicyRef V4 = new PolicyRef(4, LocalDate.of(2027, 1, 1));
    private static final List<PolicyRef> NEWEST_FIRST = List.of(V4, V3, V2, V1);

    @Test
    @DisplayName("in force: the latest first day not after today; next: the earliest first day after it")
    void currentAndNext() {
        LocalDate today = LocalDate.of(2025, 11, 30);
        assertThat(SystemOverviewService.current(NEWEST_FIRST, today)).isEqualTo(V2);
        assertThat(SystemOverviewService.next(NEWEST_FIRST, today)).isEqualTo(V3);
    }

    @Test
    @DisplayName("a version whose first day is today is in force, not next")
    void firstDayIsToday() {
        assertThat(SystemOverviewService.current(NEWEST_FIRST, V3.effectiveFrom()))
                .isEqualTo(V3);
        assertThat(SystemOverviewService.next(NEWEST_FIRST, V3.effectiveFrom())).isEqualTo(V4);
    }

    @Test
    @DisplayName("none in force before the first version, none next after the last")
    void none() {
        assertThat(SystemOverviewService.current(NEWEST_FIRST, LocalDate.of(2023, 12, 31)))
                .isNull();
        assertThat(SystemOverviewService.next(NEWEST_FIRST, LocalDate.of(2027, 6, 1)))
                .isNull();
        assertThat(SystemOverviewService.current(List.of(), LocalDate.of(2025, 1, 1)))
                .isNull();
    }
}
