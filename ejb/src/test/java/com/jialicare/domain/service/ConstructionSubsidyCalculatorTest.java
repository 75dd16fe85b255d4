package com.jialicare.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.policy.PolicyVersionBuilder;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.subsidy.BedFacts;
import com.jialicare.domain.model.subsidy.ConstructionLine;
import com.jialicare.domain.model.subsidy.ConstructionResult;
import com.jialicare.domain.model.subsidy.ExclusionReason;
import com.jialicare.domain.model.subsidy.HomeFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConstructionSubsidyCalculatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
    private static final PolicyTable DEFAULTS = PolicyTable.defaults();

    private final ConstructionSubsidyCalculator calculator = new ConstructionSubsidyCalculator();

    private static HomeFacts home(int filedBeds) {
        return new HomeFacts(1, Ownership.PRIVATE, LocalDate.of(2022, 1, 1), filedBeds, Premises.OWNED, null);
    }

    private static BedFacts bed(long id, String code, String commissionedOn) {
        return new BedFacts(id, code, LocalDate.parse(commissionedOn), null);
    }

    private static Set<Long> ids(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(spaceSeparated.trim().split("\\s+"))
                .map(Long::valueOf)
                .collect(Collectors.toSet());
    }

    /** Each line as "code:REASON" or "code:amount". */
    private static List<String> summary(ConstructionResult result) {
        List<String> out = new ArrayList<>();
        for (ConstructionLine l : result.lines()) {
            out.add(l.bedCode() + ":" + (l.eligible() ? l.amount().toPlainString() : l.reasonCode()));
        }
        return out;
    }

    @Test
    @DisplayName(
            "§3: a filed private home with owned premises gets 11,000.00 per bed commissioned since 2021-01-01, version 1")
    void eligibleHome() {
        List<BedFacts> beds = List.of(bed(1, "A-01", "2023-05-01"), bed(2, "A-02", "2021-01-01"));

        ConstructionResult result = calculator.calculate(home(10), beds, DEFAULTS, AS_OF, Set.of());

        assertThat(result.asOf()).isEqualTo(AS_OF);
        assertThat(result.policyVersion()).isEqualTo(1);
        assertThat(result.lines())
                .extracting(
                        ConstructionLine::bedId,
                        ConstructionLine::bedCode,
                        ConstructionLine::commissionedOn,
                        ConstructionLine::eligible,
                        ConstructionLine::amount,
                        ConstructionLine::reasonCode,
                        ConstructionLine::policyVersion)
                .containsExactly(
                        tuple(2L, "A-02", LocalDate.of(2021, 1, 1), true, new BigDecimal("11000.00"), null, 1),
                        tuple(1L, "A-01", LocalDate.of(2023, 5, 1), true, new BigDecimal("11000.00"), null, 1));
        assertThat(result.total()).isEqualTo(new BigDecimal("22000.00"));
        assertThat(result.eligibleBeds()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}, filed {1}, {2} lease to {3}, as of {4} → {5}")
    @CsvSource({
        // ownership (§3.1: PRIVATE only)
        "PRIVATE,                  2022-01-01, OWNED,  ,           2024-06-01, ",
        "PUBLIC,                   2022-01-01, OWNED,  ,           2024-06-01, HOME_NOT_ELIGIBLE",
        "PUBLIC_BUILT_PRIVATE_RUN, 2022-01-01, OWNED,  ,           2024-06-01, HOME_NOT_ELIGIBLE",
        "PRIVATE_RUN_PUBLIC_AIDED, 2022-01-01, OWNED,  ,           2024-06-01, HOME_NOT_ELIGIBLE",
        // filing: not filed, filed after the as-of date, exactly 12 months, one day short
        "PRIVATE,                  ,           OWNED,  ,           2024-06-01, HOME_NOT_ELIGIBLE",
        "PRIVATE,                  2024-06-02, OWNED,  ,           2024-06-01, HOME_NOT_ELIGIBLE",
        "PRIVATE,                  2024-06-01, OWNED,  ,           2024-06-01, HOME_NOT_OPERATING_LONG_ENOUGH",
        "PRIVATE,                  2023-06-01, OWNED,  ,           2024-06-01, ",
        "PRIVATE,                  2023-06-02, OWNED,  ,           2024-06-01, HOME_NOT_OPERATING_LONG_ENOUGH",
        // month ends: 2023-02-28 + 12 months = 2024-02-28; 2023-03-31 + 12 months = 2024-03-31
        "PRIVATE,                  2023-02-28, OWNED,  ,           2024-02-28, ",
        "PRIVATE,                  2023-03-31, OWNED,  ,           2024-03-30, HOME_NOT_OPERATING_LONG_ENOUGH",
        // lease: ends exactly as-of + 5 years, one day earlier, unknown; leap day as-of
        "PRIVATE,                  2022-01-01, LEASED, 2029-06-01, 2024-06-01, ",
        "PRIVATE,                  2022-01-01, LEASED, 2029-05-31, 2024-06-01, LEASE_TOO_SHORT",
        "PRIVATE,                  2022-01-01, LEASED, ,           2024-06-01, LEASE_TOO_SHORT",
        "PRIVATE,                  2022-01-01, LEASED, 2029-02-28, 2024-02-29, ",
        "PRIVATE,                  2022-01-01, LEASED, 2029-02-27, 2024-02-29, LEASE_TOO_SHORT",
        // priority when several apply
        "PUBLIC,                   2024-01-01, LEASED, 2025-01-01, 2024-06-01, HOME_NOT_ELIGIBLE",
        "PRIVATE,                  2024-01-01, LEASED, 2025-01-01, 2024-06-01, HOME_NOT_OPERATING_LONG_ENOUGH"
    })
    @DisplayName(
            "§3.1 home: PRIVATE, filed ≥ 12 months before the as-of date, owned or leased ≥ 5 years after it; first failing reason wins")
    void homeConditions(
            Ownership ownership,
            LocalDate filedOn,
            Premises premises,
            LocalDate leaseEndsOn,
            LocalDate asOf,
            ExclusionReason expected) {
        HomeFacts home = new HomeFacts(1, ownership, filedOn, 10, premises, leaseEndsOn);
        List<BedFacts> beds = List.of(bed(1, "A-01", "2021-06-01"), bed(2, "A-02", "2022-06-01"));

        ConstructionResult result = calculator.calculate(home, beds, DEFAULTS, asOf, Set.of());

        assertThat(result.lines()).hasSize(2).allSatisfy(l -> {
            assertThat(l.reason()).isEqualTo(expected);
            assertThat(l.eligible()).isEqualTo(expected == null);
            assertThat(l.amount()).isEqualTo(expected == null ? new BigDecimal("11000.00") : new BigDecimal("0.00"));
            assertThat(l.policyVersion()).isEqualTo(1);
        });
        assertThat(result.total()).isEqualTo(expected == null ? new BigDecimal("22000.00") : new BigDecimal("0.00"));
    }

    @ParameterizedTest(name = "commissioned {0}, retired {1}, claimed {2} → {3}")
    @CsvSource({
        "2021-01-01, ,           false, ",
        "2020-12-31, ,           false, COMMISSIONED_BEFORE_POLICY",
        "2024-06-01, ,           false, ",
        "2023-01-01, 2024-06-01, false, BED_RETIRED",
        "2023-01-01, 2024-06-02, false, ",
        "2023-01-01, 2023-02-01, false, BED_RETIRED",
        "2023-01-01, ,           true,  ALREADY_CLAIMED",
        // priority when several apply
        "2020-12-31, 2024-01-01, true,  COMMISSIONED_BEFORE_POLICY",
        "2023-01-01, 2024-01-01, true,  BED_RETIRED"
    })
    @DisplayName(
            "§3.2–3.3 bed: commissioned on/after 2021-01-01, in service on the as-of date (retired on it = out), not already claimed")
    void bedConditions(LocalDate commissionedOn, LocalDate retiredOn, boolean claimed, ExclusionReason expected) {
        BedFacts bed = new BedFacts(5, "B-05", commissionedOn, retiredOn);

        ConstructionResult result =
                calculator.calculate(home(10), List.of(bed), DEFAULTS, AS_OF, claimed ? Set.of(5L) : Set.of());

        assertThat(result.lines()).singleElement().satisfies(l -> {
            assertThat(l.reason()).isEqualTo(expected);
            assertThat(l.amount()).isEqualTo(expected == null ? new BigDecimal("11000.00") : new BigDecimal("0.00"));
        });
    }

    @Test
    @DisplayName("Home reasons come before every bed reason: each line of an ineligible home says HOME_NOT_ELIGIBLE")
    void homeReasonBeforeBedReasons() {
        HomeFacts publicHome = new HomeFacts(1, Ownership.PUBLIC, LocalDate.of(2022, 1, 1), 1, Premises.OWNED, null);
        List<BedFacts> beds = List.of(
                bed(1, "A-01", "2020-01-01"),
                new BedFacts(2, "A-02", LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)),
                bed(3, "A-03", "2022-01-01"),
                bed(4, "A-04", "2022-01-01"));

        ConstructionResult result = calculator.calculate(publicHome, beds, DEFAULTS, AS_OF, Set.of(3L));

        assertThat(result.lines()).extracting(ConstructionLine::reason).containsOnly(ExclusionReason.HOME_NOT_ELIGIBLE);
        assertThat(result.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(result.eligibleBeds()).isZero();
    }

    @Test
    @DisplayName("One line per bed commissioned on or before the as-of date; later beds are left out")
    void onlyBedsCommissionedByAsOf() {
        List<BedFacts> beds = List.of(bed(1, "A-01", "2024-06-01"), bed(2, "A-02", "2024-06-02"));

        ConstructionResult result = calculator.calculate(home(10), beds, DEFAULTS, AS_OF, Set.of());

        assertThat(result.lines()).extracting(ConstructionLine::bedId).containsExactly(1L);
    }

    @ParameterizedTest(name = "filed beds {0}, claimed {1} → {2}")
    @CsvSource({
        // beds (id code commissioned): 1 C-1 2022-03-01 · 2 B-2 2022-03-01 · 3 A-3 2022-05-01 ·
        // 4 A-1 2022-05-01 · 5 Z-9 2021-07-01 · 6 A-0 2022-05-01 retired 2024-01-01
        "10, ,      Z-9:11000.00 B-2:11000.00 C-1:11000.00 A-0:BED_RETIRED A-1:11000.00 A-3:11000.00",
        "3,  ,      Z-9:11000.00 B-2:11000.00 C-1:11000.00 A-0:BED_RETIRED A-1:OVER_FILED_CAPACITY A-3:OVER_FILED_CAPACITY",
        "2,  ,      Z-9:11000.00 B-2:11000.00 C-1:OVER_FILED_CAPACITY A-0:BED_RETIRED A-1:OVER_FILED_CAPACITY A-3:OVER_FILED_CAPACITY",
        "0,  ,      Z-9:OVER_FILED_CAPACITY B-2:OVER_FILED_CAPACITY C-1:OVER_FILED_CAPACITY A-0:BED_RETIRED A-1:OVER_FILED_CAPACITY A-3:OVER_FILED_CAPACITY",
        // already-claimed beds use up capacity: 4 filed − 2 claimed = 2 left for the others
        "4,  5 2,   Z-9:ALREADY_CLAIMED B-2:ALREADY_CLAIMED C-1:11000.00 A-0:BED_RETIRED A-1:11000.00 A-3:OVER_FILED_CAPACITY",
        // a claimed bed now retired still counts as subsidised: 4 − 2 = 2 left
        "4,  6 5,   Z-9:ALREADY_CLAIMED B-2:11000.00 C-1:11000.00 A-0:BED_RETIRED A-1:OVER_FILED_CAPACITY A-3:OVER_FILED_CAPACITY",
        // claimed ids of other homes' beds do not count
        "2,  99 98, Z-9:11000.00 B-2:11000.00 C-1:OVER_FILED_CAPACITY A-0:BED_RETIRED A-1:OVER_FILED_CAPACITY A-3:OVER_FILED_CAPACITY",
        // more claimed than filed: nothing left, never negative
        "1,  5 2,   Z-9:ALREADY_CLAIMED B-2:ALREADY_CLAIMED C-1:OVER_FILED_CAPACITY A-0:BED_RETIRED A-1:OVER_FILED_CAPACITY A-3:OVER_FILED_CAPACITY"
    })
    @DisplayName(
            "§3.4 capacity: candidates taken by commissioning date then bed code; claimed beds use capacity; excluded beds do not")
    void capacity(int filedBeds, String claimed, String expected) {
        List<BedFacts> beds = List.of(
                bed(1, "C-1", "2022-03-01"),
                bed(2, "B-2", "2022-03-01"),
                bed(3, "A-3", "2022-05-01"),
                bed(4, "A-1", "2022-05-01"),
                bed(5, "Z-9", "2021-07-01"),
                new BedFacts(6, "A-0", LocalDate.of(2022, 5, 1), LocalDate.of(2024, 1, 1)));

        ConstructionResult result = calculator.calculate(home(filedBeds), beds, DEFAULTS, AS_OF, ids(claimed));

        assertThat(summary(result)).containsExactly(expected.split(" "));
        long eligible = Arrays.stream(expected.split(" "))
                .filter(s -> s.endsWith("11000.00"))
                .count();
        assertThat(result.eligibleBeds()).isEqualTo(eligible);
        assertThat(result.total()).isEqualTo(new BigDecimal("11000.00").multiply(BigDecimal.valueOf(eligible)));
    }

    @Test
    @DisplayName("§3.4 a claimed bed commissioned after the as-of date has no line but still uses capacity")
    void claimedLaterBedUsesCapacity() {
        List<BedFacts> beds =
                List.of(bed(1, "A-1", "2022-01-01"), bed(2, "A-2", "2022-01-02"), bed(3, "A-3", "2024-07-01"));

        ConstructionResult result = calculator.calculate(home(2), beds, DEFAULTS, AS_OF, Set.of(3L));

        assertThat(summary(result)).containsExactly("A-1:11000.00", "A-2:OVER_FILED_CAPACITY");
    }

    /** v1 from 2021: 11,000; v2 from 2023-01-01: 12,500.50, also PRIVATE_RUN_PUBLIC_AIDED, 24 months filed. */
    private static final PolicyTable TWO_VERSIONS = PolicyTable.of(
            PolicyVersionBuilder.defaults().build(),
            PolicyVersionBuilder.version(2, "2023-01-01")
                    .constructionRate("12500.50")
                    .constructionOwnerships(Ownership.PRIVATE, Ownership.PRIVATE_RUN_PUBLIC_AIDED)
                    .minOperatingMonths(24)
                    .build());

    @ParameterizedTest(name = "{0} home filed {1}, as of {2} → {3}")
    @CsvSource({
        // conditions by the as-of version; each eligible bed's rate by its commissioning day
        "PRIVATE,                  2021-06-01, 2024-06-01, 2 | A-1:11000.00:1 A-2:11000.00:1 A-3:12500.50:2 | 34500.50",
        "PRIVATE_RUN_PUBLIC_AIDED, 2021-06-01, 2024-06-01, 2 | A-1:11000.00:1 A-2:11000.00:1 A-3:12500.50:2 | 34500.50",
        // v1 in force on the as-of date: that ownership is not eligible (the line names v1)
        "PRIVATE_RUN_PUBLIC_AIDED, 2021-06-01, 2022-12-31, 1 | A-1:HOME_NOT_ELIGIBLE:1 A-2:HOME_NOT_ELIGIBLE:1 | 0.00",
        // filed 20 months before: enough under v1, not under v2's 24 months (the line names v2)
        "PRIVATE,                  2022-10-01, 2024-06-01, 2 | A-1:HOME_NOT_OPERATING_LONG_ENOUGH:2 A-2:HOME_NOT_OPERATING_LONG_ENOUGH:2 A-3:HOME_NOT_OPERATING_LONG_ENOUGH:2 | 0.00",
        "PRIVATE,                  2021-10-01, 2022-12-31, 1 | A-1:11000.00:1 A-2:11000.00:1 | 22000.00"
    })
    @DisplayName(
            "§3.5 the amount is the rate in force on the commissioning day; every other condition uses the as-of version")
    void policyVersions(Ownership ownership, LocalDate filedOn, LocalDate asOf, String expected) {
        String[] parts = expected.split("\\|");
        HomeFacts home = new HomeFacts(1, ownership, filedOn, 10, Premises.OWNED, null);
        // A-2 is commissioned the day before v2 takes effect, A-3 the day it does
        List<BedFacts> beds =
                List.of(bed(1, "A-1", "2021-06-01"), bed(2, "A-2", "2022-12-31"), bed(3, "A-3", "2023-01-01"));

        ConstructionResult result = calculator.calculate(home, beds, TWO_VERSIONS, asOf, Set.of());

        assertThat(result.policyVersion()).isEqualTo(Integer.parseInt(parts[0].trim()));
        assertThat(result.lines())
                .extracting(l -> l.bedCode() + ":" + (l.eligible() ? l.amount().toPlainString() : l.reasonCode()) + ":"
                        + l.policyVersion())
                .containsExactly(parts[1].trim().split(" "));
        assertThat(result.total()).isEqualTo(new BigDecimal(parts[2].trim()));
    }

    @Test
    @DisplayName(
            "§3.2 a later version moving the bed start date applies to all beds as of its day, whatever rate they would get")
    void laterStartDate() {
        PolicyTable table = PolicyTable.of(
                PolicyVersionBuilder.defaults().build(),
                PolicyVersionBuilder.version(2, "2024-01-01")
                        .bedPolicyStartDate("2022-01-01")
                        .build());
        List<BedFacts> beds = List.of(bed(1, "A-1", "2021-12-31"), bed(2, "A-2", "2022-01-01"));

        ConstructionResult result = calculator.calculate(home(10), beds, table, AS_OF, Set.of());

        assertThat(result.lines())
                .extracting(l -> l.bedCode() + ":" + l.reasonCode() + ":" + l.policyVersion())
                .containsExactly("A-1:COMMISSIONED_BEFORE_POLICY:2", "A-2:null:1");
    }

    @Test
    @DisplayName(
            "A bed commissioned when no version was in force yet is COMMISSIONED_BEFORE_POLICY, even if the start date is earlier")
    void noVersionOnCommissioningDay() {
        PolicyTable table = PolicyTable.of(PolicyVersionBuilder.version(1, "2022-01-01")
                .bedPolicyStartDate("2021-01-01")
                .build());
        List<BedFacts> beds = List.of(bed(1, "A-1", "2021-06-01"), bed(2, "A-2", "2022-01-01"));

        ConstructionResult result = calculator.calculate(home(10), beds, table, AS_OF, Set.of());

        assertThat(summary(result)).containsExactly("A-1:COMMISSIONED_BEFORE_POLICY", "A-2:11000.00");
    }

    @Test
    @DisplayName("An as-of date before every policy version is a 400 NO_POLICY_IN_FORCE on asOf")
    void noPolicyOnAsOf() {
        assertThatThrownBy(
                        () -> calculator.calculate(home(10), List.of(), DEFAULTS, LocalDate.of(2020, 12, 31), Set.of()))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("NO_POLICY_IN_FORCE");
                    assertThat(e.field()).isEqualTo("asOf");
                });
    }

    @Test
    @DisplayName("§5 totals are the sums of the lines to the fen (rates with fen, many beds)")
    void totalsToTheFen() {
        PolicyTable table = PolicyTable.of(
                PolicyVersionBuilder.defaults().constructionRate("10999.99").build(),
                PolicyVersionBuilder.version(2, "2022-01-01")
                        .constructionRate("0.01")
                        .build(),
                PolicyVersionBuilder.version(3, "2023-01-01")
                        .constructionRate("11000.33")
                        .build());
        List<BedFacts> beds = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // 10 beds under each version
            beds.add(bed(i + 1, String.format("B-%02d", i), (2021 + i / 10) + "-06-01"));
        }

        ConstructionResult result = calculator.calculate(home(30), beds, table, AS_OF, Set.of());

        BigDecimal sum = result.lines().stream().map(ConstructionLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(result.total())
                .isEqualTo(new BigDecimal("220003.30"))
                .isEqualTo(sum)
                .hasScaleOf(2);
        assertThat(result.eligibleBeds()).isEqualTo(30);
    }

    @Test
    @DisplayName(
            "§5 every excluded line carries its code and a readable reason in Chinese and English; eligible lines none")
    void readableReasons() {
        List<BedFacts> beds = List.of(bed(1, "A-1", "2020-06-01"), bed(2, "A-2", "2022-06-01"));

        ConstructionResult result = calculator.calculate(home(10), beds, DEFAULTS, AS_OF, Set.of());

        ConstructionLine excluded = result.lines().get(0);
        assertThat(excluded.reasonCode()).isEqualTo("COMMISSIONED_BEFORE_POLICY");
        assertThat(excluded.reasonText(Locale.CHINA)).isEqualTo("床位投入使用早于政策起始日期");
        assertThat(excluded.reasonText(Locale.ENGLISH))
                .isEqualTo("Bed was put into service before the policy start date");
        assertThat(result.lines().get(1).reasonText(Locale.CHINA)).isNull();
    }

    @Test
    @DisplayName("The same bed given twice is rejected rather than counted twice")
    void duplicateBed() {
        List<BedFacts> beds = List.of(bed(1, "A-1", "2022-01-01"), bed(1, "A-1", "2022-01-01"));

        assertThatThrownBy(() -> calculator.calculate(home(10), beds, DEFAULTS, AS_OF, new HashSet<>()))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("beds"));
    }
}
