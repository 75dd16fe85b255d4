package com.jialicare.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.application.ApplicationExportService.StayBed;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Application exports: the bed a resident-month line names")
class ApplicationExportServiceTest {

    private static final List<StayBed> MOVED = List.of(
            new StayBed("A-203", LocalDate.of(2024, 7, 15), null),
            new StayBed("A-101", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 7, 15)));

    @Test
    @DisplayName("a month in one bed names that bed")
    void oneBed() {
        assertThat(ApplicationExportService.bedsInMonth(MOVED, LocalDate.of(2024, 5, 1)))
                .isEqualTo("A-101");
        assertThat(ApplicationExportService.bedsInMonth(MOVED, LocalDate.of(2024, 8, 1)))
                .isEqualTo("A-203");
    }

    @Test
    @DisplayName("the month of a move names both beds in order; a bed left on the 1st is not in that month")
    void moved() {
        assertThat(ApplicationExportService.bedsInMonth(MOVED, LocalDate.of(2024, 7, 1)))
                .isEqualTo("A-101 → A-203");
        List<StayBed> leftOnFirst = List.of(
                new StayBed("B-1", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1)),
                new StayBed("B-2", LocalDate.of(2024, 7, 1), null));
        assertThat(ApplicationExportService.bedsInMonth(leftOnFirst, LocalDate.of(2024, 7, 1)))
                .isEqualTo("B-2");
    }

    @Test
    @DisplayName("no bed in the month, or no month, names none")
    void none() {
        assertThat(ApplicationExportService.bedsInMonth(MOVED, LocalDate.of(2024, 1, 1)))
                .isNull();
        assertThat(ApplicationExportService.bedsInMonth(MOVED, null)).isNull();
    }
}
