package com.jialicare.application;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.application.subsidy.SubsidyPreview;
import com.jialicare.application.subsidy.SubsidyPreview.HomeSubsidy;
import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.subsidy.BedFacts;
import com.jialicare.domain.model.subsidy.ConstructionResult;
import com.jialicare.domain.model.subsidy.OperatingResult;
import com.jialicare.domain.model.subsidy.ResidentMonth;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.domain.service.ConstructionSubsidyCalculator;
import com.jialicare.domain.service.OperatingSubsidyCalculator;
import com.jialicare.infrastructure.persistence.application.ClaimRepository;
import com.jialicare.infrastructure.persistence.subsidy.SubsidyFactsRepository;
import com.jialicare.infrastructure.persistence.subsidy.SubsidyFactsRepository.HomeRow;
import com.jialicare.infrastructure.persistence.subsidy.SubsidyFactsRepository.HomeSelection;
import com.jialicare.infrastructure.persistence.subsidy.SubsidyFactsRepository.OperatingFacts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subsidies as the rules compute them today, not stored: a home's construction subsidy as of a day
 * and its operating subsidy for a range of months, line by line; and city-wide previews of both over the
 * homes in the caller's scope. The facts are read set-based ({@link SubsidyFactsRepository}) and the
 * rules are the calculators'; this service decides who may see what.
 * <p>
 * Queries per computation, besides identifying the caller and the policy table (cached): construction 2
 * (home, beds), operating 4 (home; stays with residents; absences; assessments), for one home and for the
 * whole city alike; plus whatever {@link ClaimRepository} needs.
 */
@Stateless
public class SubsidyService {

    private static final ConstructionSubsidyCalculator CONSTRUCTION = new ConstructionSubsidyCalculator();
    private static final OperatingSubsidyCalculator OPERATING = new OperatingSubsidyCalculator();

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Visibility visibility;

    @Inject
    private PolicyService policies;

    @Inject
    private ClaimRepository claimed;

    @Inject
    private SubsidyFactsRepository facts;

    @Inject
    private Clock clock;

    /**
     * The construction subsidy of one home as of a day: one line per bed commissioned on or before it.
     *
     * @throws BusinessException 404 {@code CARE_HOME_NOT_FOUND} (also outside the caller's scope); 400
     *                           {@code DATE_IN_FUTURE}, {@code NO_POLICY_IN_FORCE}
     */
    public ConstructionResult construction(long careHomeId, LocalDate asOf) {
        HomeRow home = homeInScope(careHomeId);
        Dates.notFuture(asOf, "asOf", clock);
        List<BedFacts> beds = facts.beds(HomeSelection.home(careHomeId)).getOrDefault(careHomeId, List.of());
        return CONSTRUCTION.calculate(home.facts(), beds, policies.table(), asOf, claimed.claimedBedIds(careHomeId));
    }

    /**
     * The operating subsidy of one home for the months {@code from} to {@code to}, inclusive: one line per
     * resident-month.
     *
     * @throws BusinessException 404 {@code CARE_HOME_NOT_FOUND}; 400 {@code INVALID_MONTH_RANGE},
     *                           {@code MONTH_NOT_ENDED}, {@code NO_POLICY_IN_FORCE}
     */
    public OperatingResult operating(long careHomeId, YearMonth from, YearMonth to) {
        HomeRow home = homeInScope(careHomeId);
        PolicyTable table = policies.table();
        LocalDate today = LocalDate.now(clock);
        OperatingSubsidyCalculator.checkRange(from, to, today);
        OperatingFacts f = facts.operatingFacts(
                HomeSelection.home(careHomeId), from.atDay(1), to.plusMonths(1).atDay(1));
        return OPERATING.calculate(
                home.facts(),
                f.residents(),
                f.staysOf(careHomeId),
                table,
                from,
                to,
                today,
                claimed.claimedMonths(careHomeId, from, to));
    }

    /**
     * The operating subsidy of every home in the caller's scope (or in {@code countyCode}), home by home.
     *
     * @param countyCode optional; a county auditor may give only their own
     * @throws BusinessException 403 {@code ROLE_NOT_ALLOWED} (care-home administrators, families); 404
     *                           {@code COUNTY_NOT_FOUND} (another county, for a county auditor); 400 as
     *                           {@link #operating}
     */
    public SubsidyPreview operatingPreview(YearMonth from, YearMonth to, String countyCode) {
        String county = previewCounty(countyCode);
        PolicyTable table = policies.table();
        LocalDate today = LocalDate.now(clock);
        OperatingSubsidyCalculator.checkRange(from, to, today);
        List<HomeRow> homes = facts.homes(county);
        if (homes.isEmpty()) {
            return SubsidyPreview.of(List.of());
        }
        OperatingFacts f = facts.operatingFacts(
                operatingCandidates(HomeSelection.county(county), table, from, to),
                from.atDay(1),
                to.plusMonths(1).atDay(1));
        Map<Long, Set<ResidentMonth>> claimedMonths = claimed.claimedMonths(ids(homes), from, to);
        List<HomeSubsidy> rows = new ArrayList<>(homes.size());
        for (HomeRow home : homes) {
            long id = home.careHomeId();
            OperatingResult r = OPERATING.calculate(
                    home.facts(),
                    f.residents(),
                    f.staysOf(id),
                    table,
                    from,
                    to,
                    today,
                    claimedMonths.getOrDefault(id, Set.of()));
            rows.add(new HomeSubsidy(id, home.name(), home.countyCode(), r.eligibleMonths(), r.total()));
        }
        return SubsidyPreview.of(rows);
    }

    /**
     * The construction subsidy of every home in the caller's scope (or in {@code countyCode}) as of a day.
     *
     * @throws BusinessException as {@link #operatingPreview} and {@link #construction}
     */
    public SubsidyPreview constructionPreview(LocalDate asOf, String countyCode) {
        String county = previewCounty(countyCode);
        Dates.notFuture(asOf, "asOf", clock);
        PolicyTable table = policies.table();
        table.inForceOn(asOf, "asOf"); // fails alike whether or not the scope has homes
        List<HomeRow> homes = facts.homes(county);
        if (homes.isEmpty()) {
            return SubsidyPreview.of(List.of());
        }
        PolicyVersion policy = table.inForceOn(asOf);
        // Totals only: the fast path reads the beds that can count of the homes that can (the predicates are
        // ConstructionSubsidyCalculator.canCount and homeCanCount; SubsidyFactsRepository.bedsThatCanCount).
        Map<Long, List<BedFacts>> beds = facts.bedsThatCanCount(
                HomeSelection.county(county).ownedAsAndFiledBy(policy.constructionOwnerships(), asOf),
                policy.bedPolicyStartDate(),
                asOf);
        Map<Long, Set<Long>> claimedBeds = claimed.claimedBedIds(ids(homes));
        List<HomeSubsidy> rows = new ArrayList<>(homes.size());
        for (HomeRow home : homes) {
            long id = home.careHomeId();
            ConstructionResult r = CONSTRUCTION.calculate(
                    home.facts(),
                    beds.getOrDefault(id, List.of()),
                    table,
                    asOf,
                    claimedBeds.getOrDefault(id, Set.of()));
            rows.add(new HomeSubsidy(id, home.name(), home.countyCode(), r.eligibleBeds(), r.total()));
        }
        return SubsidyPreview.of(rows);
    }

    /** The homes whose stays can give an eligible month (OperatingSubsidyCalculator.ownershipsThatCanCount). */
    private static HomeSelection operatingCandidates(
            HomeSelection homes, PolicyTable table, YearMonth from, YearMonth to) {
        return OperatingSubsidyCalculator.ownershipsThatCanCount(table, from, to)
                .map(owned -> homes.ownedAsAndFiledBy(owned, to.atEndOfMonth()))
                .orElse(homes);
    }

    /** The home if it exists and the caller may see it; otherwise 404 CARE_HOME_NOT_FOUND, whichever it is. */
    private HomeRow homeInScope(long careHomeId) {
        return HomeRow.of(visibility.home(currentCaller.get(), careHomeId));
    }

    /** The county a preview covers (null: the whole city), after checking the caller may ask for it. */
    private String previewCounty(String countyCode) {
        Caller caller = currentCaller.get();
        caller.require(Role.ADMIN, Role.CITY_AUDITOR, Role.COUNTY_AUDITOR);
        if (countyCode != null) {
            LeshanCounty.of(countyCode, "countyCode");
        }
        if (caller.role() == Role.COUNTY_AUDITOR) {
            if (countyCode != null && !countyCode.equals(caller.countyCode())) {
                throw BusinessException.notFound(
                        "COUNTY_NOT_FOUND", "No county " + countyCode + " in your scope", countyCode);
            }
            return caller.countyCode();
        }
        return countyCode;
    }

    private static List<Long> ids(List<HomeRow> homes) {
        return homes.stream().map(HomeRow::careHomeId).toList();
    }
}
