package com.jialicare.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.DatedHistory;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.subsidy.Assessment;
import com.jialicare.domain.model.subsidy.HomeFacts;
import com.jialicare.domain.model.subsidy.OperatingLine;
import com.jialicare.domain.model.subsidy.OperatingResult;
import com.jialicare.domain.model.subsidy.ResidentFacts;
import com.jialicare.domain.model.subsidy.StayFacts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/RULES.md §8.1 with §4.2: a resident's hukou and state support are dated histories, and each month reads
 * them on the day the rules already use for the level: the last day the resident was in the stay that month.
 */
class OperatingSubsidyOnTheRuleDayTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final LocalDate BORN = LocalDate.of(1950, 5, 10);
    private static final HomeFacts HOME =
            new HomeFacts(1, Ownership.PRIVATE, LocalDate.of(2020, 1, 1), 50, Premises.OWNED, null);

    private final OperatingSubsidyCalculator calculator = new OperatingSubsidyCalculator();

    private static ResidentFacts resident(DatedHistory<String> hukou, DatedHistory<Boolean> stateSupport) {
        return new ResidentFacts(
                7,
                BORN,
                hukou,
                stateSupport,
                List.of(new Assessment(CapabilityLevel.MODERATE, LocalDate.of(2020, 1, 1))));
    }

    private static DatedHistory<String> local() {
        return DatedHistory.starting(BORN, "511102");
    }

    private static DatedHistory<Boolean> notSupported() {
        return DatedHistory.starting(BORN, false);
    }

    private List<String> months(ResidentFacts resident, String admitted, String discharged, String from, String to) {
        return months(HOME, resident, admitted, discharged, from, to);
    }

    private List<String> months(
            HomeFacts home, ResidentFacts resident, String admitted, String discharged, String from, String to) {
        StayFacts stay = new StayFacts(
                70, 7, LocalDate.parse(admitted), discharged == null ? null : LocalDate.parse(discharged), List.of());
        OperatingResult r = calculator.calculate(
                home,
                Map.of(7L, resident),
                List.of(stay),
                PolicyTable.defaults(),
                YearMonth.parse(from),
                YearMonth.parse(to),
                TODAY,
                Set.of());
        List<String> out = new ArrayList<>();
        for (OperatingLine l : r.lines()) {
            out.add(l.month() + ":" + (l.eligible() ? l.amount().toPlainString() : l.reasonCode()));
        }
        return out;
    }

    @Test
    @DisplayName("§8.1 an elder state-supported from 2025-07-10: months whose rule day is on or after it are excluded,"
            + " earlier months count")
    void stateSupportedFromMidJuly() {
        ResidentFacts r = resident(local(), notSupported().with(LocalDate.of(2025, 7, 10), true));
        assertThat(months(r, "2024-01-01", null, "2025-01", "2025-12"))
                .containsExactly(
                        "2025-01:200.00",
                        "2025-02:200.00",
                        "2025-03:200.00",
                        "2025-04:200.00",
                        "2025-05:200.00",
                        "2025-06:200.00",
                        "2025-07:STATE_SUPPORTED",
                        "2025-08:STATE_SUPPORTED",
                        "2025-09:STATE_SUPPORTED",
                        "2025-10:STATE_SUPPORTED",
                        "2025-11:STATE_SUPPORTED",
                        "2025-12:STATE_SUPPORTED");
    }

    @Test
    @DisplayName("§8.1 the rule day is the last day in the stay: discharged 2025-07-21 (last day 07-20), state support"
            + " from 07-25 leaves July counting; from 07-20 it excludes July")
    void ruleDayIsTheLastDayInTheStay() {
        ResidentFacts later = resident(local(), notSupported().with(LocalDate.of(2025, 7, 25), true));
        assertThat(months(later, "2024-01-01", "2025-07-21", "2025-06", "2025-07"))
                .containsExactly("2025-06:200.00", "2025-07:200.00");
        ResidentFacts onTheDay = resident(local(), notSupported().with(LocalDate.of(2025, 7, 20), true));
        assertThat(months(onTheDay, "2024-01-01", "2025-07-21", "2025-06", "2025-07"))
                .containsExactly("2025-06:200.00", "2025-07:STATE_SUPPORTED");
    }

    @Test
    @DisplayName("§8.1 state support that ends on 2025-03-01: January and February excluded, March on counts")
    void stateSupportEnds() {
        ResidentFacts r = resident(local(), DatedHistory.starting(BORN, true).with(LocalDate.of(2025, 3, 1), false));
        assertThat(months(r, "2024-01-01", null, "2025-01", "2025-04"))
                .containsExactly(
                        "2025-01:STATE_SUPPORTED", "2025-02:STATE_SUPPORTED", "2025-03:200.00", "2025-04:200.00");
    }

    @Test
    @DisplayName("§8.1 hukou moved into the city on 2025-04-15: January to March not local, April on counts")
    void hukouMovedIntoTheCityMidYear() {
        ResidentFacts r = resident(
                DatedHistory.starting(BORN, "510104").with(LocalDate.of(2025, 4, 15), "511102"), notSupported());
        assertThat(months(r, "2024-01-01", null, "2025-01", "2025-06"))
                .containsExactly(
                        "2025-01:NOT_LOCAL_HUKOU",
                        "2025-02:NOT_LOCAL_HUKOU",
                        "2025-03:NOT_LOCAL_HUKOU",
                        "2025-04:200.00",
                        "2025-05:200.00",
                        "2025-06:200.00");
    }

    @Test
    @DisplayName("§8.1 hukou moved out of the city on 2025-09-01: September on is not local")
    void hukouMovedOut() {
        ResidentFacts r = resident(local().with(LocalDate.of(2025, 9, 1), "510104"), notSupported());
        assertThat(months(r, "2024-01-01", null, "2025-07", "2025-10"))
                .containsExactly(
                        "2025-07:200.00", "2025-08:200.00", "2025-09:NOT_LOCAL_HUKOU", "2025-10:NOT_LOCAL_HUKOU");
    }

    @Test
    @DisplayName("§8.1 a day before a history's first entry takes the first entry's value")
    void beforeTheFirstEntry() {
        ResidentFacts r = resident(
                DatedHistory.starting(LocalDate.of(2025, 3, 1), "511102"),
                DatedHistory.starting(LocalDate.of(2025, 3, 1), false));
        assertThat(months(r, "2024-01-01", null, "2025-01", "2025-02"))
                .containsExactly("2025-01:200.00", "2025-02:200.00");
    }

    @Test
    @DisplayName("§8.1 a home's ownership is read on the rule day: a private home taken over by the state"
            + " (PUBLIC) from 2025-04-01 counts up to March, not from April")
    void ownershipChangedMidYear() {
        HomeFacts home = HomeFacts.of(
                1,
                LocalDate.of(2020, 1, 1),
                null,
                new HomeFacts.Histories(
                        DatedHistory.starting(LocalDate.of(2020, 1, 1), Ownership.PRIVATE)
                                .with(LocalDate.of(2025, 4, 1), Ownership.PUBLIC),
                        DatedHistory.starting(
                                LocalDate.of(2020, 1, 1),
                                new com.jialicare.domain.model.carehome.PremisesTerm(Premises.OWNED, null)),
                        DatedHistory.starting(LocalDate.of(2020, 1, 1), 50)));
        assertThat(months(home, resident(local(), notSupported()), "2024-01-01", null, "2025-02", "2025-05"))
                .containsExactly(
                        "2025-02:200.00", "2025-03:200.00", "2025-04:HOME_NOT_ELIGIBLE", "2025-05:HOME_NOT_ELIGIBLE");
    }
}
