package com.jialicare.domain.model.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.policy.PolicyVersionBuilder;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.service.OperatingSubsidyCalculator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES.md §4.3: the minimum stay, judged in one place for the calculator, the dashboard and the family. */
class MinimumStayTest {

    /** Six months until 2025-01-01, twelve from then on. */
    private static final PolicyTable SIX_THEN_TWELVE = new PolicyTable(List.of(
            PolicyVersionBuilder.version(1, "2021-01-01").minStayMonths(6).build(),
            PolicyVersionBuilder.version(2, "2025-01-01").minStayMonths(12).build()));

    @ParameterizedTest(name = "admitted {0}, discharged {1} → first month {2}, reached on {3}")
    @CsvSource({
        // the worked examples of §4.3 under the default six months
        "2024-01-01, ,           2024-06, 2024-07-01",
        "2024-01-15, ,           2024-07, 2024-07-15",
        "2024-01-01, 2024-06-20, ,        ",
        // a discharge on the anniversary reaches it; the day before does not
        "2024-01-01, 2024-07-01, 2024-06, 2024-07-01",
        "2024-01-01, 2024-06-30, ,        ",
        // month ends clamp: Aug 31 + 6 months = Feb 28
        "2022-08-31, ,           2023-02, 2023-02-28",
        // discharged on the day of admission: not one day in the stay
        "2024-03-01, 2024-03-01, ,        "
    })
    @DisplayName(
            "§4.3 under one policy version: admission plus the minimum months, reached unless discharged before it")
    void underOneVersion(LocalDate admitted, LocalDate discharged, YearMonth firstMonth, LocalDate reachedOn) {
        Optional<MinimumStay.Reached> reached = MinimumStay.firstReached(admitted, discharged, PolicyTable.defaults());

        if (firstMonth == null) {
            assertThat(reached).isEmpty();
        } else {
            assertThat(reached)
                    .get()
                    .extracting(
                            MinimumStay.Reached::firstMonth,
                            MinimumStay.Reached::reachedOn,
                            MinimumStay.Reached::minStayMonths)
                    .containsExactly(firstMonth, reachedOn, 6);
        }
    }

    @ParameterizedTest(name = "admitted {0} → first month {1}, reached on {2} ({3} months)")
    @CsvSource({
        // before the change, six months decide
        "2024-03-01, 2024-08, 2024-09-01, 6",
        // admitted before the change but reaching six months after it: the months of 2025 are judged by
        // version 2, which asks for twelve
        "2024-09-01, 2025-08, 2025-09-01, 12",
        // admitted after the change
        "2025-02-10, 2026-02, 2026-02-10, 12"
    })
    @DisplayName(
            "§4.3 a version that changes the minimum judges the months in force under it, whatever the admission day")
    void acrossAChangeOfMinimum(LocalDate admitted, YearMonth firstMonth, LocalDate reachedOn, int months) {
        assertThat(MinimumStay.firstReached(admitted, null, SIX_THEN_TWELVE))
                .get()
                .extracting(
                        MinimumStay.Reached::firstMonth,
                        MinimumStay.Reached::reachedOn,
                        MinimumStay.Reached::minStayMonths)
                .containsExactly(firstMonth, reachedOn, months);
    }

    @Test
    @DisplayName(
            "§4.3 months before the first policy version do not count: the first month is the first under a policy")
    void beforeThePolicy() {
        assertThat(MinimumStay.firstReached(LocalDate.of(2019, 5, 10), null, PolicyTable.defaults()))
                .get()
                .extracting(MinimumStay.Reached::firstMonth, MinimumStay.Reached::reachedOn)
                .containsExactly(YearMonth.of(2021, 1), LocalDate.of(2019, 11, 10));
    }

    @Test
    @DisplayName(
            "§4.3 the first month the operating calculator lets count is the first month MinimumStay names, for random stays and policies")
    void agreesWithTheCalculator() {
        Random random = new Random(4_3);
        HomeFacts home = new HomeFacts(1, Ownership.PRIVATE, LocalDate.of(2020, 1, 1), 500, Premises.OWNED, null);
        OperatingSubsidyCalculator calculator = new OperatingSubsidyCalculator();
        for (int i = 0; i < 500; i++) {
            int before = 1 + random.nextInt(18);
            int after = 1 + random.nextInt(18);
            String change =
                    LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1000)).toString();
            PolicyTable table = new PolicyTable(List.of(
                    PolicyVersionBuilder.version(1, "2021-01-01")
                            .minStayMonths(before)
                            .minDaysPresent(0)
                            .build(),
                    PolicyVersionBuilder.version(2, change)
                            .minStayMonths(after)
                            .minDaysPresent(0)
                            .build()));
            LocalDate admitted = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1400));
            LocalDate discharged = random.nextInt(3) == 0 ? admitted.plusDays(1 + random.nextInt(700)) : null;
            StayFacts stay = new StayFacts(1, 7, admitted, discharged);
            ResidentFacts resident = new ResidentFacts(
                    7,
                    LocalDate.of(1940, 1, 1),
                    "511102",
                    false,
                    List.of(new Assessment(CapabilityLevel.MODERATE, LocalDate.of(2020, 1, 1))));

            OperatingResult result = calculator.calculate(
                    home,
                    java.util.Map.of(7L, resident),
                    List.of(stay),
                    table,
                    YearMonth.from(admitted),
                    YearMonth.of(2026, 12),
                    LocalDate.of(2027, 1, 2),
                    null);
            Optional<YearMonth> firstCounted = result.lines().stream()
                    .filter(OperatingLine::eligible)
                    .map(OperatingLine::month)
                    .findFirst();

            assertThat(MinimumStay.firstReached(admitted, discharged, table).map(MinimumStay.Reached::firstMonth))
                    .as(
                            "admitted %s, discharged %s, %d months until %s, then %d",
                            admitted, discharged, before, change, after)
                    .isEqualTo(firstCounted);
        }
    }
}
