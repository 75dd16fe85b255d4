package com.jialicare.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.stay.AbsenceKind;
import com.jialicare.domain.model.stay.Occupancy;
import com.jialicare.domain.model.stay.Stay;
import com.jialicare.domain.service.Residency.BedFacts;
import com.jialicare.domain.service.Residency.Held;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The residency rules of RULES.md §2, each test named after the rule it checks; no container. */
class ResidencyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final long HOME = 7;
    private static final long OTHER_HOME = 8;
    private static final long PERSON = 42;

    private static BedFacts bed(long id, Held... held) {
        return new BedFacts(id, HOME, "A-101-" + id, LocalDate.of(2020, 1, 1), null, List.of(held));
    }

    private static Held held(String from, String until) {
        return new Held(LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** A stay of the person in bed 1 from {@code from}, discharged on {@code until} unless null. */
    private static Stay stay(String from, String until) {
        Stay s = new Stay(PERSON, HOME, 1, day(from));
        if (until != null) {
            s.discharge(day(until), DischargeReason.RETURNED_HOME);
        }
        return s;
    }

    private static BusinessException refused(Executable action) {
        BusinessException e = catchThrowableOfType(
                () -> {
                    try {
                        action.execute();
                    } catch (RuntimeException re) {
                        throw re;
                    } catch (Throwable t) {
                        throw new AssertionError(t);
                    }
                },
                BusinessException.class);
        assertThat(e).as("refused with a BusinessException").isNotNull();
        return e;
    }

    @Nested
    @DisplayName("§2.2 a person has at most one open stay, and their stays never overlap")
    class OneStayAtATime {

        @Test
        void anAdmissionIsRefusedWhileThePersonHasAnOpenStay() {
            BusinessException e = refused(() ->
                    Residency.admit(PERSON, List.of(stay("2025-01-10", null)), true, bed(2), day("2026-03-01"), TODAY));
            assertThat(e.code()).isEqualTo("RESIDENT_HAS_OPEN_STAY");
            assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
            assertThat(e.args()).containsExactly(day("2025-01-10"));
        }

        @Test
        void aPersonNamedOnlyByTheirIdNumberIsToldTheyLiveElsewhereButNotWhereOrSince() {
            BusinessException e = refused(() -> Residency.admit(
                    PERSON, List.of(stay("2025-01-10", null)), false, bed(2), day("2026-03-01"), TODAY));
            assertThat(e.code()).isEqualTo("RESIDENT_LIVES_ELSEWHERE");
            assertThat(e.args()).isEmpty();
            assertThat(e.getMessage()).doesNotContain("2025");
        }

        @Test
        void aNewStayMayNotBeginBeforeThePreviousOneEnded() {
            BusinessException e = refused(() -> Residency.admit(
                    PERSON, List.of(stay("2025-01-10", "2026-03-02")), true, bed(2), day("2026-03-01"), TODAY));
            assertThat(e.code()).isEqualTo("STAY_OVERLAP");
            assertThat(e.field()).isEqualTo("admittedOn");
        }

        @Test
        void aNewStayMayBeginOnThePreviousStaysDischargeDay() {
            Stay next = Residency.admit(
                    PERSON, List.of(stay("2025-01-10", "2026-03-01")), true, bed(2), day("2026-03-01"), TODAY);
            assertThat(next.getResidentId()).isEqualTo(PERSON);
            assertThat(next.getCareHomeId()).isEqualTo(HOME);
            assertThat(next.getAdmittedOn()).isEqualTo(day("2026-03-01"));
            assertThat(next.currentOccupancy()).map(Occupancy::getBedId).contains(2L);
        }

        @Test
        void aFirstStayNeedsNoOtherFact() {
            assertThat(Residency.admit(PERSON, List.of(), true, bed(2), TODAY, TODAY)
                            .isOpen())
                    .isTrue();
        }
    }

    @Nested
    @DisplayName("§2.3 a bed holds at most one resident on any day, and nobody while out of service")
    class OneResidentABed {

        @Test
        void aBedHeldFromBeforeAndStillHeldIsOccupied() {
            BusinessException e = refused(() -> Residency.admit(
                    PERSON, List.of(), true, bed(2, held("2025-05-01", null)), day("2026-03-01"), TODAY));
            assertThat(e.code()).isEqualTo("BED_OCCUPIED");
            assertThat(e.field()).isEqualTo("bedId");
        }

        @Test
        void aBedHeldLaterByAnotherStayIsOccupiedFromTheEarlierDayToo() {
            // entered late: someone else already moved in after the day asked for
            BusinessException e = refused(() -> Residency.admit(
                    PERSON, List.of(), true, bed(2, held("2026-04-01", "2026-05-01")), day("2026-03-01"), TODAY));
            assertThat(e.code()).isEqualTo("BED_OCCUPIED");
        }

        @Test
        void aBedIsFreeAgainFromTheDayItsResidentLeft() {
            Stay s = Residency.admit(
                    PERSON, List.of(), true, bed(2, held("2025-05-01", "2026-03-01")), day("2026-03-01"), TODAY);
            assertThat(s.isOpen()).isTrue();
        }

        @Test
        void aBedIsNotInServiceBeforeItsCommissioningDay() {
            BedFacts newBed = new BedFacts(3, HOME, "B-1", day("2026-04-01"), null, List.of());
            assertThat(refused(() -> Residency.admit(PERSON, List.of(), true, newBed, day("2026-03-31"), TODAY))
                            .code())
                    .isEqualTo("BED_OUT_OF_SERVICE");
            assertThat(Residency.admit(PERSON, List.of(), true, newBed, day("2026-04-01"), TODAY)
                            .isOpen())
                    .isTrue();
        }

        @Test
        void aRetiredBedTakesNobodyEvenBeforeItsRetirementDay() {
            BedFacts retired = new BedFacts(3, HOME, "B-1", day("2020-01-01"), day("2026-06-01"), List.of());
            assertThat(refused(() -> Residency.admit(PERSON, List.of(), true, retired, day("2026-03-01"), TODAY))
                            .code())
                    .isEqualTo("BED_OUT_OF_SERVICE");
        }

        @Test
        void theBedIsCheckedAfterThePerson() {
            BusinessException e = refused(() -> Residency.admit(
                    PERSON,
                    List.of(stay("2025-01-10", null)),
                    true,
                    bed(2, held("2025-05-01", null)),
                    day("2026-03-01"),
                    TODAY));
            assertThat(e.code()).isEqualTo("RESIDENT_HAS_OPEN_STAY");
        }
    }

    @Nested
    @DisplayName("§2.4 a move to another bed of the same home is a transfer inside the stay")
    class Transfers {

        @Test
        void aTransferKeepsTheStayAndEndsTheOldBedOnTheDayOfTheMove() {
            Stay s = stay("2026-01-10", null);
            BedFacts next = bed(2);
            Residency.moveOut(s, next, day("2026-03-01"), TODAY);
            Occupancy moved = Residency.moveIn(s, next, day("2026-03-01"));
            assertThat(s.getOccupancies()).hasSize(2);
            assertThat(s.getOccupancies().get(0).getUntilOn()).isEqualTo(day("2026-03-01"));
            assertThat(moved.getBedId()).isEqualTo(2);
            assertThat(s.currentOccupancy()).contains(moved);
            assertThat(s.getAdmittedOn()).isEqualTo(day("2026-01-10"));
        }

        @Test
        void aBedOfAnotherHomeIsRefusedLikeOneThatDoesNotExist() {
            Stay s = stay("2026-01-10", null);
            BedFacts elsewhere = new BedFacts(9, OTHER_HOME, "X-1", day("2020-01-01"), null, List.of());
            assertThat(refused(() -> Residency.moveOut(s, elsewhere, day("2026-03-01"), TODAY))
                            .code())
                    .isEqualTo("BED_NOT_IN_HOME");
            assertThat(refused(() -> Residency.requireSameHome(s, 99L, null)).code())
                    .isEqualTo("BED_NOT_IN_HOME");
            assertThat(s.getOccupancies()).hasSize(1);
        }

        @Test
        void anEndedStayIsNotMoved() {
            Stay s = stay("2026-01-10", "2026-02-01");
            assertThat(refused(() -> Residency.moveOut(s, bed(2), day("2026-03-01"), TODAY))
                            .code())
                    .isEqualTo("STAY_CLOSED");
        }

        @Test
        void aTransferIntoTheBedTheResidentIsInIsRefusedAsSuch() {
            Stay s = stay("2026-01-10", null);
            assertThat(refused(() -> Residency.moveOut(s, bed(1, held("2026-01-10", null)), day("2026-03-01"), TODAY))
                            .code())
                    .isEqualTo("SAME_BED");
        }

        @Test
        void aTransferIntoAnOccupiedBedIsRefused() {
            Stay s = stay("2026-01-10", null);
            assertThat(refused(() -> Residency.moveOut(s, bed(2, held("2026-02-01", null)), day("2026-03-01"), TODAY))
                            .code())
                    .isEqualTo("BED_OCCUPIED");
            assertThat(s.currentOccupancy()).map(Occupancy::getBedId).contains(1L);
        }

        @Test
        void aTransferComesAfterTheMoveIntoTheCurrentBed() {
            Stay s = stay("2026-01-10", null);
            assertThat(refused(() -> Residency.moveOut(s, bed(2), day("2026-01-10"), TODAY))
                            .code())
                    .isEqualTo("TRANSFER_BEFORE_LAST_MOVE");
        }

        @Test
        void aTransferIsNotDatedAfterToday() {
            Stay s = stay("2026-01-10", null);
            assertThat(refused(() -> Residency.moveOut(s, bed(2), TODAY.plusDays(1), TODAY))
                            .code())
                    .isEqualTo("DATE_IN_FUTURE");
        }
    }

    @Nested
    @DisplayName("§2.5 absences are recorded inside a stay and do not end it")
    class Absences {

        @Test
        void anAbsenceLeavesTheStayOpen() {
            Stay s = stay("2026-01-10", null);
            Residency.recordAbsence(s, day("2026-02-01"), day("2026-02-10"), AbsenceKind.HOSPITAL, null, TODAY);
            assertThat(s.isOpen()).isTrue();
            assertThat(s.getAbsences()).hasSize(1);
        }

        @Test
        void anAbsenceLiesInsideTheStay() {
            Stay s = stay("2026-01-10", null);
            assertThat(refused(() -> Residency.recordAbsence(
                                    s, day("2026-01-01"), day("2026-01-20"), AbsenceKind.HOSPITAL, null, TODAY))
                            .code())
                    .isEqualTo("ABSENCE_OUTSIDE_STAY");
        }

        @Test
        void absencesOfOneStayDoNotOverlap() {
            Stay s = stay("2026-01-10", null);
            Residency.recordAbsence(s, day("2026-02-01"), day("2026-02-10"), AbsenceKind.HOSPITAL, null, TODAY);
            assertThat(refused(() -> Residency.recordAbsence(
                                    s, day("2026-02-09"), day("2026-02-12"), AbsenceKind.HOME_LEAVE, null, TODAY))
                            .code())
                    .isEqualTo("ABSENCE_OVERLAP");
            Residency.recordAbsence(s, day("2026-02-10"), day("2026-02-12"), AbsenceKind.HOME_LEAVE, null, TODAY);
        }

        @Test
        void anAbsenceEndsAfterItBegins() {
            Stay s = stay("2026-01-10", null);
            assertThat(refused(() -> Residency.recordAbsence(
                                    s, day("2026-02-01"), day("2026-02-01"), AbsenceKind.HOSPITAL, null, TODAY))
                            .code())
                    .isEqualTo("INVALID_ABSENCE_PERIOD");
        }
    }

    @Nested
    @DisplayName("§2.6 a discharge is never before the admission, and nothing is dated after today")
    class Dates {

        @Test
        void aDischargeIsNeverBeforeTheAdmission() {
            Stay s = stay("2026-01-10", null);
            assertThat(refused(() -> Residency.discharge(s, day("2026-01-09"), DischargeReason.OTHER, TODAY))
                            .code())
                    .isEqualTo("DISCHARGE_BEFORE_ADMISSION");
            assertThat(s.isOpen()).isTrue();
        }

        @Test
        void aDischargeOnTheAdmissionDayHoldsTheBedNoDay() {
            Stay s = stay("2026-01-10", null);
            Residency.discharge(s, day("2026-01-10"), DischargeReason.OTHER, TODAY);
            Occupancy o = s.getOccupancies().get(0);
            assertThat(Held.of(o).onOrAfter(day("2026-01-10"))).isFalse();
        }

        @Test
        void aDischargeNeedsAReasonAndEndsAStayOnce() {
            Stay s = stay("2026-01-10", null);
            assertThat(refused(() -> Residency.discharge(s, day("2026-02-01"), null, TODAY))
                            .code())
                    .isEqualTo("DISCHARGE_REASON_REQUIRED");
            Residency.discharge(s, day("2026-02-01"), DischargeReason.DECEASED, TODAY);
            assertThat(refused(() -> Residency.discharge(s, day("2026-02-02"), DischargeReason.OTHER, TODAY))
                            .code())
                    .isEqualTo("STAY_CLOSED");
        }

        @Test
        void aDischargeLeavesNoAbsenceAfterIt() {
            Stay s = stay("2026-01-10", null);
            Residency.recordAbsence(s, day("2026-02-01"), day("2026-02-10"), AbsenceKind.HOSPITAL, null, TODAY);
            assertThat(refused(() -> Residency.discharge(s, day("2026-02-05"), DischargeReason.OTHER, TODAY))
                            .code())
                    .isEqualTo("ABSENCE_AFTER_DISCHARGE");
        }

        @Test
        void nothingIsDatedAfterToday() {
            assertThat(refused(() -> Residency.admit(PERSON, List.of(), true, bed(2), TODAY.plusDays(1), TODAY))
                            .code())
                    .isEqualTo("DATE_IN_FUTURE");
            Stay s = stay("2026-01-10", null);
            assertThat(refused(() -> Residency.discharge(s, TODAY.plusDays(1), DischargeReason.OTHER, TODAY))
                            .code())
                    .isEqualTo("DATE_IN_FUTURE");
            assertThat(refused(() -> Residency.recordAbsence(
                                    s, TODAY.plusDays(1), TODAY.plusDays(3), AbsenceKind.HOSPITAL, null, TODAY))
                            .code())
                    .isEqualTo("DATE_IN_FUTURE");
            assertThat(refused(() -> Residency.requireRetirable(bed(2), TODAY.plusDays(1), TODAY))
                            .code())
                    .isEqualTo("DATE_IN_FUTURE");
        }

        @Test
        void aDayIsGivenAndNotBefore1900() {
            assertThat(refused(() -> Residency.notFuture(null, "on", TODAY)).code())
                    .isEqualTo("DATE_REQUIRED");
            assertThat(refused(() -> Residency.notFuture(day("1899-12-31"), "on", TODAY))
                            .code())
                    .isEqualTo("DATE_TOO_EARLY");
            assertThat(Residency.notFuture(TODAY, "on", TODAY)).isEqualTo(TODAY);
        }

        @Test
        void onlyAPlannedAbsenceEndsAfterTodayAndAtMostAYearAhead() {
            Stay s = stay("2026-01-10", null);
            Residency.recordAbsence(s, TODAY, TODAY.plusYears(1), AbsenceKind.HOME_LEAVE, null, TODAY);
            Stay t = stay("2026-01-10", null);
            BusinessException e = refused(() -> Residency.recordAbsence(
                    t, TODAY, TODAY.plusYears(1).plusDays(1), AbsenceKind.HOME_LEAVE, null, TODAY));
            assertThat(e.code()).isEqualTo("ABSENCE_END_TOO_FAR");
            assertThat(refused(() -> Residency.recordAbsence(t, TODAY, null, AbsenceKind.HOME_LEAVE, null, TODAY))
                            .code())
                    .isEqualTo("DATE_REQUIRED");
        }
    }

    @Nested
    @DisplayName("§2.3 a bed out of service holds nobody: retiring a bed")
    class Retirement {

        @Test
        void aBedHeldOnOrAfterTheDayIsNotRetired() {
            assertThat(refused(() -> Residency.requireRetirable(
                                    bed(2, held("2026-01-01", null)), day("2026-03-01"), TODAY))
                            .code())
                    .isEqualTo("BED_OCCUPIED");
            assertThat(refused(() -> Residency.requireRetirable(
                                    bed(2, held("2026-01-01", "2026-03-02")), day("2026-03-01"), TODAY))
                            .code())
                    .isEqualTo("BED_OCCUPIED");
        }

        @Test
        void aBedLeftOnTheDayMayBeRetiredFromThatDay() {
            Residency.requireRetirable(bed(2, held("2026-01-01", "2026-03-01")), day("2026-03-01"), TODAY);
        }
    }
}
