package com.jialicare.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.jialicare.domain.model.shared.DischargeReason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated histories are proven against the residency rules by entering them day by day. */
class ResidencyReplayTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static ResidencyReplay twoBeds() {
        ResidencyReplay r = new ResidencyReplay(TODAY);
        r.bed(1, 10, "A-1", day("2025-01-01"), null);
        r.bed(2, 10, "A-2", day("2025-01-01"), null);
        return r;
    }

    @Test
    void aHistoryThatKeepsTheRulesIsEnteredWhole() {
        ResidencyReplay r = twoBeds();
        r.stay(
                100,
                1,
                day("2025-02-01"),
                2L,
                day("2025-03-01"),
                day("2025-05-01"),
                DischargeReason.OTHER,
                List.<LocalDate[]>of(new LocalDate[] {day("2025-04-01"), day("2025-04-10")}));
        // takes bed 1 on the day the first resident moved out of it, and the person comes back later
        r.stay(200, 1, day("2025-03-01"), null, null, null, null, List.of());
        r.stay(100, 2, day("2025-05-01"), null, null, null, null, List.of());
        assertThat(r.run()).isEqualTo(6);
    }

    @Test
    void twoResidentsInOneBedOnOneDayAreRefused() {
        ResidencyReplay r = twoBeds();
        r.stay(100, 1, day("2025-02-01"), null, null, day("2025-05-01"), DischargeReason.OTHER, List.of());
        r.stay(200, 1, day("2025-04-30"), null, null, null, null, List.of());
        assertThat(catchThrowableOfType(r::run, ResidencyReplay.Refused.class)
                        .refusal()
                        .code())
                .isEqualTo("BED_OCCUPIED");
    }

    @Test
    void overlappingStaysOfOnePersonAreRefused() {
        ResidencyReplay r = twoBeds();
        r.stay(100, 1, day("2025-02-01"), null, null, day("2025-05-01"), DischargeReason.OTHER, List.of());
        r.stay(100, 2, day("2025-04-01"), null, null, null, null, List.of());
        assertThat(catchThrowableOfType(r::run, ResidencyReplay.Refused.class)
                        .refusal()
                        .code())
                .isEqualTo("RESIDENT_HAS_OPEN_STAY");
    }

    @Test
    void aBedRetiredWhileHeldIsRefused() {
        ResidencyReplay r = new ResidencyReplay(TODAY);
        r.bed(1, 10, "A-1", day("2025-01-01"), day("2025-03-01"));
        r.stay(100, 1, day("2025-02-01"), null, null, day("2025-03-02"), DischargeReason.OTHER, List.of());
        assertThat(catchThrowableOfType(r::run, ResidencyReplay.Refused.class)
                        .refusal()
                        .code())
                .isEqualTo("BED_OCCUPIED");
    }

    @Test
    void movesOfOneDayThatWaitForEachOtherAreEnteredInTheOrderThatWorks() {
        ResidencyReplay r = new ResidencyReplay(TODAY);
        r.bed(1, 10, "A-1", day("2025-01-01"), null);
        r.bed(2, 10, "A-2", day("2025-01-01"), null);
        r.bed(3, 10, "A-3", day("2025-01-01"), null);
        // drawn in this order: the move into bed 2 comes first, but bed 2 is emptied by the second move
        r.stay(100, 1, day("2025-02-01"), 2L, day("2025-03-01"), null, null, List.of());
        r.stay(200, 2, day("2025-02-01"), 3L, day("2025-03-01"), null, null, List.of());
        assertThat(r.run()).isEqualTo(4);
    }

    @Test
    void twoResidentsSwappingBedsOnOneDayCannotBeEntered() {
        ResidencyReplay r = twoBeds();
        r.stay(100, 1, day("2025-02-01"), 2L, day("2025-03-01"), null, null, List.of());
        r.stay(200, 2, day("2025-02-01"), 1L, day("2025-03-01"), null, null, List.of());
        assertThat(catchThrowableOfType(r::run, ResidencyReplay.Refused.class)
                        .refusal()
                        .code())
                .isEqualTo("BED_OCCUPIED");
    }

    @Test
    void aHistoryDatedAfterTodayIsRefused() {
        ResidencyReplay r = twoBeds();
        r.stay(100, 1, TODAY.plusDays(1), null, null, null, null, List.of());
        assertThat(catchThrowableOfType(r::run, ResidencyReplay.Refused.class)
                        .refusal()
                        .code())
                .isEqualTo("DATE_IN_FUTURE");
    }
}
