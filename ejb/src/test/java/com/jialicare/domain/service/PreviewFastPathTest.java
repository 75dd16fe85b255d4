package com.jialicare.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.carehome.PremisesTerm;
import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.policy.PolicyVersionBuilder;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.DatedHistory;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.subsidy.Assessment;
import com.jialicare.domain.model.subsidy.BedFacts;
import com.jialicare.domain.model.subsidy.ConstructionResult;
import com.jialicare.domain.model.subsidy.HomeFacts;
import com.jialicare.domain.model.subsidy.OperatingResult;
import com.jialicare.domain.model.subsidy.ResidentFacts;
import com.jialicare.domain.model.subsidy.StayFacts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * RULES.md §3: the city-wide construction preview reads only the beds {@link ConstructionSubsidyCalculator#canCount}
 * admits, of the homes {@link ConstructionSubsidyCalculator#homeCanCount} admits. Over random homes and beds, the
 * calculator gives the same eligible beds and total from those as from every bed. (The integration test
 * PreviewEqualsFullCalculationIT proves the SQL that reads them agrees, on both databases.)
 */
class PreviewFastPathTest {

    private final ConstructionSubsidyCalculator calculator = new ConstructionSubsidyCalculator();

    @Test
    @DisplayName("§3 the beds that can count give the same eligible beds and total as all of a home's beds")
    void constructionFromTheBedsThatCanCount() {
        Random random = new Random(3);
        PolicyTable table = new PolicyTable(List.of(
                PolicyVersionBuilder.version(1, "2021-01-01").build(),
                PolicyVersionBuilder.version(2, "2024-07-01")
                        .constructionRate("12000.00")
                        .bedPolicyStartDate("2022-01-01")
                        .build()));
        Ownership[] ownerships = Ownership.values();
        for (int i = 0; i < 2000; i++) {
            LocalDate filedOn = day(random, LocalDate.of(2019, 1, 1), LocalDate.of(2025, 1, 1));
            boolean leased = random.nextInt(3) == 0;
            HomeFacts home = new HomeFacts(
                    1,
                    ownerships[random.nextInt(ownerships.length)],
                    filedOn,
                    random.nextInt(12),
                    leased ? Premises.LEASED : Premises.OWNED,
                    leased ? day(random, LocalDate.of(2024, 1, 1), LocalDate.of(2034, 1, 1)) : null);
            if (i % 2 == 1) { // §8.1: the same with dated histories and, now and then, a closing day
                home = withHistories(random, home, ownerships);
            }
            List<BedFacts> beds = new ArrayList<>();
            Set<Long> claimed = new HashSet<>();
            int n = random.nextInt(15);
            for (long b = 1; b <= n; b++) {
                LocalDate commissioned = day(random, LocalDate.of(2019, 6, 1), LocalDate.of(2025, 6, 1));
                LocalDate retired =
                        random.nextInt(4) == 0 ? day(random, commissioned.plusDays(1), LocalDate.of(2026, 1, 1)) : null;
                beds.add(new BedFacts(b, "B-" + b, commissioned, retired));
                if (random.nextInt(6) == 0) {
                    claimed.add(b);
                }
            }
            LocalDate asOf = day(random, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31));
            PolicyVersion policy = table.inForceOn(asOf);

            ConstructionResult all = calculator.calculate(home, beds, table, asOf, claimed);
            List<BedFacts> canCount = ConstructionSubsidyCalculator.homeCanCount(home, policy, asOf)
                    ? beds.stream()
                            .filter(b -> ConstructionSubsidyCalculator.canCount(
                                    b, policy, asOf, claimed.contains(b.bedId())))
                            .toList()
                    : List.of();
            ConstructionResult fast = calculator.calculate(home, canCount, table, asOf, claimed);

            String what = home + " " + beds + " claimed " + claimed + " as of " + asOf;
            assertThat(fast.eligibleBeds()).as(what).isEqualTo(all.eligibleBeds());
            assertThat(fast.total()).as(what).isEqualByComparingTo(all.total());
        }
    }

    /** The home with up to two more entries of each fact, and a closing day one time in four. */
    private static HomeFacts withHistories(Random random, HomeFacts home, Ownership[] ownerships) {
        LocalDate first = home.filedOn().minusMonths(1);
        DatedHistory<Ownership> owned = DatedHistory.starting(first, home.ownership());
        DatedHistory<PremisesTerm> premises =
                DatedHistory.starting(first, new PremisesTerm(home.premises(), home.leaseEndsOn()));
        DatedHistory<Integer> beds = DatedHistory.starting(first, home.filedBeds());
        for (int k = random.nextInt(3); k > 0; k--) {
            LocalDate on = day(random, first.plusDays(1), LocalDate.of(2025, 12, 31));
            switch (random.nextInt(3)) {
                case 0 -> {
                    if (owned.entryOn(on).isEmpty()) {
                        owned = owned.with(on, ownerships[random.nextInt(ownerships.length)]);
                    }
                }
                case 1 -> {
                    if (premises.entryOn(on).isEmpty()) {
                        premises = premises.with(
                                on,
                                random.nextBoolean()
                                        ? new PremisesTerm(Premises.OWNED, null)
                                        : new PremisesTerm(
                                                Premises.LEASED,
                                                day(random, LocalDate.of(2024, 1, 1), LocalDate.of(2034, 1, 1))));
                    }
                }
                default -> {
                    if (beds.entryOn(on).isEmpty()) {
                        beds = beds.with(on, random.nextInt(12));
                    }
                }
            }
        }
        LocalDate closedOn = random.nextInt(4) == 0 ? day(random, first, LocalDate.of(2025, 12, 31)) : null;
        return HomeFacts.of(
                home.careHomeId(), home.filedOn(), closedOn, new HomeFacts.Histories(owned, premises, beds));
    }

    @Test
    @DisplayName("§4.1 with §8.1 the operating fast path: a home left out (no version in the range lets its ownership"
            + " in, or not filed by the range's end) has no eligible month, whatever its residents' dated hukou and"
            + " state support; the facts read each history on the rule day as DatedHistory.valueOn does")
    void operatingWithDatedHistories() {
        Random random = new Random(5);
        PolicyTable table = new PolicyTable(List.of(
                PolicyVersionBuilder.version(1, "2021-01-01").build(),
                PolicyVersionBuilder.version(2, "2024-07-01").build()));
        OperatingSubsidyCalculator operating = new OperatingSubsidyCalculator();
        Ownership[] ownerships = Ownership.values();
        LocalDate today = LocalDate.of(2026, 1, 15);
        for (int i = 0; i < 1000; i++) {
            LocalDate born = day(random, LocalDate.of(1930, 1, 1), LocalDate.of(1966, 1, 1));
            DatedHistory<String> hukou = DatedHistory.starting(born, random.nextBoolean() ? "511102" : "510104");
            DatedHistory<Boolean> support = DatedHistory.starting(born, random.nextInt(5) == 0);
            for (int c = random.nextInt(4); c > 0; c--) {
                LocalDate on = day(random, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31));
                if (random.nextBoolean()) {
                    if (hukou.entryOn(on).isEmpty()) {
                        hukou = hukou.with(on, random.nextBoolean() ? "511181" : "510104");
                    }
                } else if (support.entryOn(on).isEmpty()) {
                    support = support.with(on, random.nextBoolean());
                }
            }
            ResidentFacts resident = new ResidentFacts(
                    1, born, hukou, support, List.of(new Assessment(CapabilityLevel.MILD, LocalDate.of(2021, 1, 1))));
            for (int d = 0; d < 5; d++) {
                LocalDate probe = day(random, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1));
                assertThat(resident.hukouOn(probe))
                        .isEqualTo(hukou.valueOn(probe).orElseThrow());
                assertThat(resident.stateSupportedOn(probe))
                        .isEqualTo(support.valueOn(probe).orElseThrow());
            }
            HomeFacts home = new HomeFacts(
                    1,
                    ownerships[random.nextInt(ownerships.length)],
                    day(random, LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 1)),
                    10,
                    Premises.OWNED,
                    null);
            LocalDate admitted = day(random, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 1, 1));
            StayFacts stay = new StayFacts(1, 1, admitted, null, List.of());
            YearMonth from = YearMonth.of(2022, 1).plusMonths(random.nextInt(36));
            YearMonth to = from.plusMonths(random.nextInt(12));
            to = to.isAfter(YearMonth.of(2025, 12)) ? YearMonth.of(2025, 12) : to;
            OperatingResult all =
                    operating.calculate(home, Map.of(1L, resident), List.of(stay), table, from, to, today, Set.of());
            Set<Ownership> canCount = OperatingSubsidyCalculator.ownershipsThatCanCount(table, from, to)
                    .orElseThrow();
            boolean selected = canCount.contains(home.ownership()) && home.isFiledBy(to.atEndOfMonth());
            if (!selected) {
                assertThat(all.eligibleMonths())
                        .as(home + " " + from + ".." + to)
                        .isZero();
            }
        }
    }

    private static LocalDate day(Random random, LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }
}
