package com.jialicare.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.stay.AbsenceKind;
import com.jialicare.domain.model.stay.Stay;
import com.jialicare.domain.service.Residency.BedFacts;
import com.jialicare.domain.service.Residency.Held;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Corrections of stays (docs/RULES.md §8.2) are checked against §2 like a new entry; each test names its rule. */
class ResidencyCorrectionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final long HOME = 7;
    private static final long PERSON = 42;

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static BedFacts bed(long id, Held... heldByOthers) {
        return new BedFacts(id, HOME, "B-" + id, day("2020-01-01"), null, List.of(heldByOthers));
    }

    private static BedFacts retiredBed(long id, String retiredOn) {
        return new BedFacts(id, HOME, "B-" + id, day("2020-01-01"), day(retiredOn), List.of());
    }

    private static Held held(String from, String until) {
        return new Held(day(from), until == null ? null : day(until));
    }

    private static Stay stay(String from, String until) {
        Stay s = new Stay(PERSON, HOME, 1, day(from));
        if (until != null) {
            s.discharge(day(until), DischargeReason.RETURNED_HOME);
        }
        return s;
    }

    private static BusinessException refused(Runnable action) {
        BusinessException e = catchThrowableOfType(action::run, BusinessException.class);
        assertThat(e).as("refused with a BusinessException").isNotNull();
        return e;
    }

    @Nested
    @DisplayName("an admission day corrected")
    class Admission {

        @Test
        void movesTheStayAndItsFirstBedIntoDaysTheBedWasFree() {
            Stay s = stay("2025-03-01", null);
            Residency.correctAdmission(
                    s, List.of(s), bed(1, held("2024-01-01", "2025-02-01")), day("2025-02-01"), TODAY);
            assertThat(s.getAdmittedOn()).isEqualTo(day("2025-02-01"));
            assertThat(s.getOccupancies().get(0).getFromOn()).isEqualTo(day("2025-02-01"));
        }

        @Test
        void aBedHoldsOneResidentOnADay_earlierIntoDaysHeldByAnotherIsRefused() {
            Stay s = stay("2025-03-01", null);
            BusinessException e = refused(() -> Residency.correctAdmission(
                    s, List.of(s), bed(1, held("2024-01-01", "2025-02-10")), day("2025-02-01"), TODAY));
            assertThat(e.code()).isEqualTo("BED_OCCUPIED");
            assertThat(e.field()).isEqualTo("admittedOn");
            assertThat(s.getAdmittedOn()).isEqualTo(day("2025-03-01"));
        }

        @Test
        void aBedOutOfServiceTakesNobody_earlierThanItsCommissioningIsRefused() {
            Stay s = stay("2025-03-01", null);
            BusinessException e =
                    refused(() -> Residency.correctAdmission(s, List.of(s), bed(1), day("2019-12-01"), TODAY));
            assertThat(e.code()).isEqualTo("BED_OUT_OF_SERVICE");
        }

        @Test
        void staysOfOnePersonNeverOverlap() {
            Stay earlier = stay("2024-01-01", "2025-01-01");
            Stay s = stay("2025-03-01", null);
            BusinessException e =
                    refused(() -> Residency.correctAdmission(s, List.of(earlier, s), bed(1), day("2024-12-01"), TODAY));
            assertThat(e.code()).isEqualTo("STAY_OVERLAP");
            assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
        }

        @Test
        void aStayDischargedOnItsAdmissionDayOverlapsNothing() {
            Stay empty = stay("2025-02-10", "2025-02-10");
            Stay s = stay("2025-03-01", null);
            Residency.correctAdmission(s, List.of(empty, s), bed(1), day("2025-02-01"), TODAY);
            assertThat(s.getAdmittedOn()).isEqualTo(day("2025-02-01"));
        }

        @Test
        void nothingIsDatedInTheFuture() {
            Stay s = stay("2025-03-01", null);
            assertThat(refused(() -> Residency.correctAdmission(s, List.of(s), bed(1), TODAY.plusDays(1), TODAY))
                            .code())
                    .isEqualTo("DATE_IN_FUTURE");
        }

        @Test
        void dischargeIsNeverBeforeAdmission() {
            Stay s = stay("2025-03-01", "2025-04-01");
            BusinessException e =
                    refused(() -> Residency.correctAdmission(s, List.of(s), bed(1), day("2025-04-02"), TODAY));
            assertThat(e.code()).isEqualTo("DISCHARGE_BEFORE_ADMISSION");
        }

        @Test
        void theAdmissionIsBeforeTheFirstTransfer() {
            Stay s = stay("2025-03-01", null);
            s.leaveCurrentBed(2, day("2025-04-01"));
            s.moveInto(2, day("2025-04-01"));
            assertThat(refused(() -> Residency.correctAdmission(s, List.of(s), bed(1), day("2025-04-01"), TODAY))
                            .code())
                    .isEqualTo("ADMISSION_AFTER_TRANSFER");
        }

        @Test
        void absencesLieInsideTheStay() {
            Stay s = stay("2025-03-01", null);
            s.recordAbsence(day("2025-03-05"), day("2025-03-10"), AbsenceKind.HOSPITAL, null);
            BusinessException e =
                    refused(() -> Residency.correctAdmission(s, List.of(s), bed(1), day("2025-03-06"), TODAY));
            assertThat(e.code()).isEqualTo("ABSENCE_OUTSIDE_STAY");
        }

        @Test
        void aWithdrawnAbsenceCountsForNothing() {
            Stay s = stay("2025-03-01", null);
            s.recordAbsence(day("2025-03-05"), day("2025-03-10"), AbsenceKind.HOSPITAL, null)
                    .withdraw("admin", Instant.EPOCH, "entered by mistake");
            Residency.correctAdmission(s, List.of(s), bed(1), day("2025-03-06"), TODAY);
            assertThat(s.getAbsences()).isEmpty();
            assertThat(s.getRecordedAbsences()).hasSize(1);
        }

        @Test
        void laterIntoDaysHeldBeforeByAnotherIsAllowed_theBedIsFreedNotTaken() {
            Stay s = stay("2025-03-01", null);
            Residency.correctAdmission(
                    s, List.of(s), bed(1, held("2024-01-01", "2025-03-01")), day("2025-03-05"), TODAY);
            assertThat(s.getAdmittedOn()).isEqualTo(day("2025-03-05"));
        }
    }

    @Nested
    @DisplayName("a discharge day corrected")
    class Discharge {

        @Test
        void movesTheEndOfTheStayAndItsLastBed() {
            Stay s = stay("2025-03-01", "2025-04-01");
            Residency.correctDischarge(s, List.of(s), bed(1), day("2025-05-01"), TODAY);
            assertThat(s.getDischargedOn()).isEqualTo(day("2025-05-01"));
            assertThat(s.getOccupancies().get(0).getUntilOn()).isEqualTo(day("2025-05-01"));
        }

        @Test
        void aBedHoldsOneResidentOnADay_laterIntoDaysHeldByAnotherIsRefused() {
            Stay s = stay("2025-03-01", "2025-04-01");
            BusinessException e = refused(() -> Residency.correctDischarge(
                    s, List.of(s), bed(1, held("2025-04-20", null)), day("2025-05-01"), TODAY));
            assertThat(e.code()).isEqualTo("BED_OCCUPIED");
            assertThat(e.field()).isEqualTo("dischargedOn");
            assertThat(s.getDischargedOn()).isEqualTo(day("2025-04-01"));
        }

        @Test
        void aBedOutOfServiceTakesNobody() {
            Stay s = stay("2025-03-01", "2025-04-01");
            assertThat(refused(() -> Residency.correctDischarge(
                                    s, List.of(s), retiredBed(1, "2025-04-10"), day("2025-05-01"), TODAY))
                            .code())
                    .isEqualTo("BED_OUT_OF_SERVICE");
        }

        @Test
        void staysOfOnePersonNeverOverlap() {
            Stay s = stay("2025-03-01", "2025-04-01");
            Stay next = stay("2025-04-15", null);
            assertThat(refused(() -> Residency.correctDischarge(s, List.of(s, next), bed(1), day("2025-05-01"), TODAY))
                            .code())
                    .isEqualTo("STAY_OVERLAP");
        }

        @Test
        void dischargeIsNeverBeforeAdmission() {
            Stay s = stay("2025-03-01", "2025-04-01");
            assertThat(refused(() -> Residency.correctDischarge(s, List.of(s), bed(1), day("2025-02-01"), TODAY))
                            .code())
                    .isEqualTo("DISCHARGE_BEFORE_ADMISSION");
        }

        @Test
        void dischargeIsNeverBeforeTheLastMove() {
            Stay s = stay("2025-03-01", null);
            s.leaveCurrentBed(2, day("2025-03-10"));
            s.moveInto(2, day("2025-03-10"));
            s.discharge(day("2025-04-01"), DischargeReason.OTHER);
            assertThat(refused(() -> Residency.correctDischarge(s, List.of(s), bed(2), day("2025-03-10"), TODAY))
                            .code())
                    .isEqualTo("DISCHARGE_BEFORE_LAST_MOVE");
        }

        @Test
        void nothingIsDatedInTheFuture() {
            Stay s = stay("2025-03-01", "2025-04-01");
            assertThat(refused(() -> Residency.correctDischarge(s, List.of(s), bed(1), TODAY.plusDays(1), TODAY))
                            .code())
                    .isEqualTo("DATE_IN_FUTURE");
        }

        @Test
        void absencesLieInsideTheStay() {
            Stay s = stay("2025-03-01", null);
            s.recordAbsence(day("2025-03-05"), day("2025-03-20"), AbsenceKind.HOSPITAL, null);
            s.discharge(day("2025-04-01"), DischargeReason.OTHER);
            assertThat(refused(() -> Residency.correctDischarge(s, List.of(s), bed(1), day("2025-03-15"), TODAY))
                            .code())
                    .isEqualTo("ABSENCE_AFTER_DISCHARGE");
        }

        @Test
        void anOpenStayHasNoDischargeToCorrect() {
            Stay s = stay("2025-03-01", null);
            assertThat(refused(() -> Residency.correctDischarge(s, List.of(s), bed(1), day("2025-04-01"), TODAY))
                            .code())
                    .isEqualTo("STAY_NOT_DISCHARGED");
            assertThat(refused(() -> Residency.correctDischargeReason(s, DischargeReason.DECEASED))
                            .code())
                    .isEqualTo("STAY_NOT_DISCHARGED");
        }

        @Test
        void theReasonIsCorrected() {
            Stay s = stay("2025-03-01", "2025-04-01");
            Residency.correctDischargeReason(s, DischargeReason.DECEASED);
            assertThat(s.getDischargeReason()).isEqualTo(DischargeReason.DECEASED);
        }
    }

    @Nested
    @DisplayName("a discharge recorded by mistake, reopened")
    class Reopen {

        @Test
        void theStayGoesOnInItsLastBed() {
            Stay s = stay("2025-03-01", "2025-04-01");
            Residency.reopen(s, List.of(s), bed(1, held("2024-01-01", "2025-03-01")));
            assertThat(s.isOpen()).isTrue();
            assertThat(s.getDischargeReason()).isNull();
            assertThat(s.currentOccupancy()).isPresent();
        }

        @Test
        void aBedHoldsOneResidentOnADay_aBedTakenSinceIsRefused() {
            Stay s = stay("2025-03-01", "2025-04-01");
            BusinessException e = refused(() -> Residency.reopen(s, List.of(s), bed(1, held("2025-05-01", null))));
            assertThat(e.code()).isEqualTo("BED_OCCUPIED");
            assertThat(s.isOpen()).isFalse();
        }

        @Test
        void aBedOutOfServiceTakesNobody() {
            Stay s = stay("2025-03-01", "2025-04-01");
            assertThat(refused(() -> Residency.reopen(s, List.of(s), retiredBed(1, "2025-05-01")))
                            .code())
                    .isEqualTo("BED_OUT_OF_SERVICE");
        }

        @Test
        void aPersonHasAtMostOneOpenStay() {
            Stay s = stay("2025-03-01", "2025-04-01");
            Stay now = stay("2025-05-01", null);
            assertThat(refused(() -> Residency.reopen(s, List.of(s, now), bed(1)))
                            .code())
                    .isEqualTo("RESIDENT_HAS_OPEN_STAY");
        }

        @Test
        void staysOfOnePersonNeverOverlap_aLaterEndedStayIsRefused() {
            Stay s = stay("2025-03-01", "2025-04-01");
            Stay since = stay("2025-05-01", "2025-06-01");
            assertThat(refused(() -> Residency.reopen(s, List.of(s, since), bed(1)))
                            .code())
                    .isEqualTo("STAY_OVERLAP");
        }

        @Test
        void anOpenStayIsNotReopened() {
            Stay s = stay("2025-03-01", null);
            assertThat(refused(() -> Residency.reopen(s, List.of(s), bed(1))).code())
                    .isEqualTo("STAY_NOT_DISCHARGED");
        }
    }

    @Nested
    @DisplayName("a transfer's day corrected")
    class Transfer {

        private Stay moved() {
            Stay s = stay("2025-03-01", null);
            s.leaveCurrentBed(2, day("2025-04-01"));
            s.moveInto(2, day("2025-04-01"));
            return s;
        }

        @Test
        void movesTheBoundaryBetweenTheTwoBeds() {
            Stay s = moved();
            Residency.correctTransfer(s, 1, bed(1), bed(2), day("2025-03-20"), TODAY);
            assertThat(s.getOccupancies().get(0).getUntilOn()).isEqualTo(day("2025-03-20"));
            assertThat(s.getOccupancies().get(1).getFromOn()).isEqualTo(day("2025-03-20"));
        }

        @Test
        void aBedHoldsOneResidentOnADay_earlierIntoTheNewBedHeldByAnother() {
            Stay s = moved();
            assertThat(refused(() -> Residency.correctTransfer(
                                    s, 1, bed(1), bed(2, held("2025-01-01", "2025-03-25")), day("2025-03-20"), TODAY))
                            .code())
                    .isEqualTo("BED_OCCUPIED");
            assertThat(s.getOccupancies().get(1).getFromOn()).isEqualTo(day("2025-04-01"));
        }

        @Test
        void aBedHoldsOneResidentOnADay_laterKeepsTheOldBedWhichAnotherTook() {
            Stay s = moved();
            assertThat(refused(() -> Residency.correctTransfer(
                                    s, 1, bed(1, held("2025-04-05", null)), bed(2), day("2025-04-10"), TODAY))
                            .code())
                    .isEqualTo("BED_OCCUPIED");
        }

        @Test
        void aTransferIsAfterTheMoveBefore() {
            Stay s = moved();
            assertThat(refused(() -> Residency.correctTransfer(s, 1, bed(1), bed(2), day("2025-03-01"), TODAY))
                            .code())
                    .isEqualTo("TRANSFER_BEFORE_LAST_MOVE");
        }

        @Test
        void aTransferIsBeforeTheDischarge() {
            Stay s = moved();
            s.discharge(day("2025-05-01"), DischargeReason.OTHER);
            assertThat(refused(() -> Residency.correctTransfer(s, 1, bed(1), bed(2), day("2025-05-01"), TODAY))
                            .code())
                    .isEqualTo("TRANSFER_AFTER_NEXT_MOVE");
        }

        @Test
        void theFirstBedIsNoTransfer() {
            Stay s = moved();
            assertThat(refused(() -> Residency.correctTransfer(s, 0, bed(1), bed(1), day("2025-03-20"), TODAY))
                            .code())
                    .isEqualTo("NOT_A_TRANSFER");
        }

        @Test
        void nothingIsDatedInTheFuture() {
            Stay s = moved();
            assertThat(refused(() -> Residency.correctTransfer(s, 1, bed(1), bed(2), TODAY.plusDays(1), TODAY))
                            .code())
                    .isEqualTo("DATE_IN_FUTURE");
        }
    }

    @Nested
    @DisplayName("an absence withdrawn")
    class WithdrawnAbsence {

        @Test
        void isKeptMarkedAndNoLongerBlocksARecordOrADischarge() {
            Stay s = stay("2025-03-01", null);
            var a = s.recordAbsence(day("2025-03-05"), day("2025-03-20"), AbsenceKind.HOSPITAL, null);
            a.withdraw("admin", Instant.EPOCH, "wrong resident");
            s.recordAbsence(day("2025-03-10"), day("2025-03-12"), AbsenceKind.HOME_LEAVE, null);
            s.discharge(day("2025-03-15"), DischargeReason.OTHER);
            assertThat(a.isWithdrawn()).isTrue();
            assertThat(a.getWithdrawnReason()).isEqualTo("wrong resident");
            assertThat(s.getAbsences()).hasSize(1);
        }

        @Test
        void isWithdrawnOnce() {
            Stay s = stay("2025-03-01", null);
            var a = s.recordAbsence(day("2025-03-05"), day("2025-03-20"), AbsenceKind.HOSPITAL, null);
            a.withdraw("admin", Instant.EPOCH, "x");
            assertThat(refused(() -> a.withdraw("admin", Instant.EPOCH, "y")).code())
                    .isEqualTo("ABSENCE_WITHDRAWN");
        }
    }
}
