package com.jialicare.domain.model.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FactsTest {

    private static final LocalDate D = LocalDate.of(2024, 1, 1);

    /** Assessments given out of order: MILD from 2023-01-01, SEVERE from 2024-03-31, TOTAL from 2024-06-01. */
    private static ResidentFacts resident() {
        return new ResidentFacts(
                7,
                LocalDate.of(1950, 1, 1),
                "511102",
                false,
                List.of(
                        new Assessment(CapabilityLevel.TOTAL, LocalDate.of(2024, 6, 1)),
                        new Assessment(CapabilityLevel.MILD, LocalDate.of(2023, 1, 1)),
                        new Assessment(CapabilityLevel.SEVERE, LocalDate.of(2024, 3, 31))));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2022-12-31, MILD",
        "2023-01-01, MILD",
        "2024-03-30, MILD",
        "2024-03-31, SEVERE",
        "2024-05-31, SEVERE",
        "2024-06-01, TOTAL",
        "2030-01-01, TOTAL"
    })
    @DisplayName(
            "The level on a day is that of the latest assessment effective on or before it; before the first, the first")
    void levelOn(LocalDate day, CapabilityLevel level) {
        assertThat(resident().levelOn(day)).isEqualTo(level);
    }

    @Test
    @DisplayName("Assessments are kept sorted by day; of two on one day the one given later wins")
    void sameDayAssessments() {
        ResidentFacts r = new ResidentFacts(
                7,
                LocalDate.of(1950, 1, 1),
                "511102",
                false,
                List.of(new Assessment(CapabilityLevel.MILD, D), new Assessment(CapabilityLevel.TOTAL, D)));

        assertThat(r.levelOn(D)).isEqualTo(CapabilityLevel.TOTAL);
        assertThat(resident().assessments())
                .extracting(Assessment::level)
                .containsExactly(CapabilityLevel.MILD, CapabilityLevel.SEVERE, CapabilityLevel.TOTAL);
    }

    @Test
    @DisplayName("A resident never assessed has no level: 400 NO_ASSESSMENT")
    void noAssessment() {
        ResidentFacts r = new ResidentFacts(7, LocalDate.of(1950, 1, 1), "511102", false, List.of());

        assertThatThrownBy(() -> r.levelOn(D))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("NO_ASSESSMENT"));
    }

    @Test
    @DisplayName("Facts hold defensive copies: changing the caller's lists changes nothing")
    void defensiveCopies() {
        List<DateRange> absences = new ArrayList<>(List.of(new DateRange(D, D.plusDays(3))));
        List<Assessment> assessments = new ArrayList<>(List.of(new Assessment(CapabilityLevel.MILD, D)));
        StayFacts stay = new StayFacts(1, 7, D, null, absences);
        ResidentFacts r = new ResidentFacts(7, LocalDate.of(1950, 1, 1), "511102", false, assessments);

        absences.clear();
        assessments.add(new Assessment(CapabilityLevel.TOTAL, D));

        assertThat(stay.absences()).hasSize(1);
        assertThat(r.levelOn(D)).isEqualTo(CapabilityLevel.MILD);
        assertThatThrownBy(() -> stay.absences().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "admitted 2024-01-15, discharged {0}: covers {1}: {2}, last day {3}")
    @CsvSource({
        ", 2024-01, true, 2024-01-31",
        ", 2023-12, false, ",
        "2024-03-01, 2024-02, true, 2024-02-29",
        "2024-03-01, 2024-03, false, ",
        "2024-03-02, 2024-03, true, 2024-03-01",
        "2024-01-15, 2024-01, false, "
    })
    @DisplayName("A stay covers [admittedOn, dischargedOn): the discharge day is the first day away")
    void stayCovers(LocalDate dischargedOn, YearMonth month, boolean covers, LocalDate lastDay) {
        StayFacts stay = new StayFacts(1, 7, LocalDate.of(2024, 1, 15), dischargedOn);

        assertThat(stay.coversAnyDayOf(month)).isEqualTo(covers);
        if (covers) {
            assertThat(stay.lastDayIn(month)).isEqualTo(lastDay);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFacts")
    @DisplayName("Facts that cannot be computed from are a 400 naming the field")
    void invalidFacts(String field, Executable construct) {
        assertThatThrownBy(construct::execute)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    static Stream<Arguments> invalidFacts() {
        return Stream.of(
                arguments("ownership", run(() -> new HomeFacts(1, null, D, 10, Premises.OWNED, null))),
                arguments("premises", run(() -> new HomeFacts(1, Ownership.PRIVATE, D, 10, null, null))),
                arguments("filedBeds", run(() -> new HomeFacts(1, Ownership.PRIVATE, D, -1, Premises.OWNED, null))),
                arguments("leaseEndsOn", run(() -> new HomeFacts(1, Ownership.PRIVATE, D, 10, Premises.OWNED, D))),
                arguments("code", run(() -> new BedFacts(1, " ", D, null))),
                arguments("commissionedOn", run(() -> new BedFacts(1, "A1", null, null))),
                arguments("retiredOn", run(() -> new BedFacts(1, "A1", D, D.minusDays(1)))),
                arguments("level", run(() -> new Assessment(null, D))),
                arguments("birthDate", run(() -> new ResidentFacts(1, null, "511102", false, List.of()))),
                arguments("hukouCode", run(() -> new ResidentFacts(1, D, "5111", false, List.of()))),
                arguments("assessments", run(() -> new ResidentFacts(1, D, "511102", false, null))),
                arguments("admittedOn", run(() -> new StayFacts(1, 1, null, null))),
                arguments("dischargedOn", run(() -> new StayFacts(1, 1, D, D.minusDays(1)))),
                arguments("month", run(() -> new ResidentMonth(1, null))),
                arguments(
                        "reason",
                        run(() -> new ConstructionLine(
                                1, "A1", D, true, BigDecimal.TEN, ExclusionReason.BED_RETIRED, 1))),
                arguments("reason", run(() -> new ConstructionLine(1, "A1", D, false, BigDecimal.ZERO, null, 1))),
                arguments(
                        "amount",
                        run(() -> new ConstructionLine(
                                1, "A1", D, false, BigDecimal.TEN, ExclusionReason.BED_RETIRED, 1))),
                arguments(
                        "amount", run(() -> new ConstructionLine(1, "A1", D, true, new BigDecimal("0.001"), null, 1))),
                arguments(
                        "presentDays",
                        run(() -> new OperatingLine(
                                1,
                                1,
                                YearMonth.of(2024, 2),
                                30,
                                CapabilityLevel.MILD,
                                false,
                                BigDecimal.ZERO,
                                ExclusionReason.UNDER_AGE,
                                1))),
                arguments(
                        "policyVersion",
                        run(() -> new OperatingLine(
                                1,
                                1,
                                YearMonth.of(2024, 2),
                                29,
                                CapabilityLevel.MILD,
                                true,
                                BigDecimal.TEN,
                                null,
                                0))));
    }

    private static Executable run(Executable e) {
        return e;
    }

    @Test
    @DisplayName("A leased home may have no lease end (it then counts as too short); a stay may end the day it began")
    void validEdges() {
        assertThat(new HomeFacts(1, Ownership.PRIVATE, null, 0, Premises.LEASED, null).isFiled())
                .isFalse();
        assertThat(new StayFacts(1, 1, D, D).covers(D)).isFalse();
        assertThat(new BedFacts(1, "A1", D, D).inServiceOn(D)).isFalse();
    }
}
