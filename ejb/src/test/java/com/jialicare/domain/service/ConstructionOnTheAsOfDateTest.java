package com.jialicare.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.carehome.PremisesTerm;
import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.shared.DatedHistory;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.subsidy.BedFacts;
import com.jialicare.domain.model.subsidy.ConstructionResult;
import com.jialicare.domain.model.subsidy.HomeFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/RULES.md §8.1: the construction subsidy reads each of the home's facts (§3.1) on the as-of date. */
class ConstructionOnTheAsOfDateTest {

    private static final LocalDate FIRST = LocalDate.of(2021, 1, 1);
    private static final LocalDate CHANGE = LocalDate.of(2024, 1, 1);
    private static final PolicyTable DEFAULTS = PolicyTable.defaults();

    private final ConstructionSubsidyCalculator calculator = new ConstructionSubsidyCalculator();

    private static final List<BedFacts> BEDS = List.of(
            new BedFacts(1, "A1", LocalDate.of(2022, 3, 1), null),
            new BedFacts(2, "A2", LocalDate.of(2022, 3, 1), null),
            new BedFacts(3, "A3", LocalDate.of(2022, 3, 1), null));

    private static HomeFacts home(
            DatedHistory<Ownership> owned,
            DatedHistory<PremisesTerm> premises,
            DatedHistory<Integer> beds,
            LocalDate closedOn) {
        return HomeFacts.of(9, FIRST, closedOn, new HomeFacts.Histories(owned, premises, beds));
    }

    private static DatedHistory<PremisesTerm> owned() {
        return DatedHistory.starting(FIRST, new PremisesTerm(Premises.OWNED, null));
    }

    private static DatedHistory<Integer> capacity(int n) {
        return DatedHistory.starting(FIRST, n);
    }

    private long eligible(HomeFacts home, LocalDate asOf) {
        ConstructionResult r = calculator.calculate(home, BEDS, DEFAULTS, asOf, Set.of());
        return r.eligibleBeds();
    }

    @Test
    @DisplayName("§8.1 §3.1 ownership is read on the as-of date: private before a change to public, not after")
    void ownershipOnTheAsOfDate() {
        HomeFacts home = home(
                DatedHistory.starting(FIRST, Ownership.PRIVATE).with(CHANGE, Ownership.PUBLIC),
                owned(),
                capacity(10),
                null);
        assertThat(home.ownership()).as("today's value").isEqualTo(Ownership.PUBLIC);
        assertThat(eligible(home, CHANGE.minusDays(1))).isEqualTo(3);
        assertThat(eligible(home, CHANGE)).isZero();
    }

    @Test
    @DisplayName("§8.1 §3.1 a home that became private is eligible from that day only")
    void becamePrivate() {
        HomeFacts home = home(
                DatedHistory.starting(FIRST, Ownership.PUBLIC).with(CHANGE, Ownership.PRIVATE),
                owned(),
                capacity(10),
                null);
        assertThat(eligible(home, CHANGE.minusDays(1))).isZero();
        assertThat(eligible(home, CHANGE)).isEqualTo(3);
    }

    @Test
    @DisplayName("§8.1 §3.1 the premises and lease end are read on the as-of date")
    void premisesOnTheAsOfDate() {
        DatedHistory<PremisesTerm> premises =
                owned().with(CHANGE, new PremisesTerm(Premises.LEASED, LocalDate.of(2026, 1, 1)));
        HomeFacts home = home(DatedHistory.starting(FIRST, Ownership.PRIVATE), premises, capacity(10), null);
        assertThat(eligible(home, CHANGE.minusDays(1))).isEqualTo(3);
        ConstructionResult after = calculator.calculate(home, BEDS, DEFAULTS, CHANGE, Set.of());
        assertThat(after.lines()).allSatisfy(l -> assertThat(l.reasonCode()).isEqualTo("LEASE_TOO_SHORT"));
    }

    @Test
    @DisplayName("§8.1 §3.4 the filed capacity is read on the as-of date")
    void filedCapacityOnTheAsOfDate() {
        HomeFacts home = home(
                DatedHistory.starting(FIRST, Ownership.PRIVATE),
                owned(),
                capacity(1).with(CHANGE, 2),
                null);
        assertThat(eligible(home, CHANGE.minusDays(1))).isEqualTo(1);
        assertThat(eligible(home, CHANGE)).isEqualTo(2);
    }

    @Test
    @DisplayName("§8.1 a closed home is not eligible from its closing day")
    void closedHomeNotEligible() {
        HomeFacts home = home(DatedHistory.starting(FIRST, Ownership.PRIVATE), owned(), capacity(10), CHANGE);
        assertThat(eligible(home, CHANGE.minusDays(1))).isEqualTo(3);
        ConstructionResult closed = calculator.calculate(home, BEDS, DEFAULTS, CHANGE, Set.of());
        assertThat(closed.lines()).allSatisfy(l -> assertThat(l.reasonCode()).isEqualTo("HOME_NOT_ELIGIBLE"));
        assertThat(ConstructionSubsidyCalculator.homeCanCount(home, DEFAULTS.inForceOn(CHANGE), CHANGE))
                .isFalse();
    }

    @Test
    @DisplayName("§8.1 a day before a history's first entry takes the first entry's value")
    void beforeTheFirstEntry() {
        HomeFacts home = HomeFacts.of(
                9,
                FIRST,
                null,
                new HomeFacts.Histories(
                        DatedHistory.starting(LocalDate.of(2023, 1, 1), Ownership.PRIVATE), owned(), capacity(10)));
        assertThat(home.on(LocalDate.of(2022, 6, 1)).ownership()).isEqualTo(Ownership.PRIVATE);
    }
}
