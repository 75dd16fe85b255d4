package com.jialicare.domain.service;

import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.subsidy.BedFacts;
import com.jialicare.domain.model.subsidy.ConstructionLine;
import com.jialicare.domain.model.subsidy.ConstructionResult;
import com.jialicare.domain.model.subsidy.ExclusionReason;
import com.jialicare.domain.model.subsidy.HomeFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The construction subsidy (建设补贴, RULES.md §3): one line per bed of a home commissioned on or
 * before the as-of date. Conditions use the policy version in force on the as-of date; the amount of an
 * eligible bed is the per-bed rate of the version in force on its commissioning day.
 */
public final class ConstructionSubsidyCalculator {

    /** Capacity is filled in this order (§3.4); it is also the order of the lines. */
    static final Comparator<BedFacts> COMMISSIONING_ORDER = Comparator.comparing(BedFacts::commissionedOn)
            .thenComparing(BedFacts::code)
            .thenComparingLong(BedFacts::bedId);

    /**
     * @param home          the care home
     * @param beds          all of the home's beds, whatever their dates
     * @param policies      the policy table
     * @param asOf          the application date
     * @param claimedBedIds beds in applications submitted and not returned (may hold other homes' beds;
     *                      {@code null} means none)
     * @throws BusinessException {@code NO_POLICY_IN_FORCE} (field asOf) if no policy was in force on
     *                           {@code asOf}
     */
    public ConstructionResult calculate(
            HomeFacts home, List<BedFacts> beds, PolicyTable policies, LocalDate asOf, Set<Long> claimedBedIds) {
        required(home, "home");
        required(beds, "beds");
        required(policies, "policies");
        required(asOf, "asOf");
        Set<Long> claimed = claimedBedIds == null ? Set.of() : claimedBedIds;
        PolicyVersion policy = policies.inForceOn(asOf, "asOf");
        // §8.1: §3.1 reads the ownership, premises, lease and filed capacity in effect on the as-of date
        home = home.on(asOf);

        ExclusionReason homeReason = homeReason(home, policy, asOf);

        // Beds already subsidised use up filed capacity, whatever their state today (retired, or
        // commissioned after this as-of date): §3.4 caps the beds ever subsidised.
        Set<Long> seen = new HashSet<>();
        int alreadySubsidised = 0;
        List<BedFacts> candidates = new ArrayList<>(beds.size());
        for (BedFacts bed : beds) {
            required(bed, "beds");
            if (!seen.add(bed.bedId())) {
                throw BusinessException.invalid(
                        "SUBSIDY_FACTS_INVALID", "beds", "Bed " + bed.bedId() + " is given twice", bed.bedId());
            }
            if (claimed.contains(bed.bedId())) {
                alreadySubsidised++;
            }
            if (!bed.commissionedOn().isAfter(asOf)) {
                candidates.add(bed);
            }
        }
        candidates.sort(COMMISSIONING_ORDER);
        int capacityLeft = Math.max(0, home.filedBeds() - alreadySubsidised);

        List<ConstructionLine> lines = new ArrayList<>(candidates.size());
        int taken = 0;
        for (BedFacts bed : candidates) {
            // The version whose rate applies; none in force on the commissioning day means the bed came
            // before any policy, whatever the as-of version's start date says.
            Optional<PolicyVersion> rateVersion = policies.findInForceOn(bed.commissionedOn());
            ExclusionReason reason = homeReason;
            if (reason == null) {
                reason = bedReason(bed, policy, asOf, claimed, rateVersion.isPresent());
            }
            if (reason == null && taken >= capacityLeft) {
                reason = ExclusionReason.OVER_FILED_CAPACITY;
            }
            if (reason == null) {
                taken++;
                PolicyVersion v = rateVersion.orElseThrow();
                lines.add(ConstructionLine.eligible(bed, v.constructionRatePerBed(), v.version()));
            } else {
                lines.add(ConstructionLine.excluded(bed, reason, policy.version()));
            }
        }
        return new ConstructionResult(asOf, policy.version(), lines);
    }

    /**
     * The preview's fast path (totals only): whether a bed can change a home's eligible beds or total as of
     * {@code asOf}. It can if it is claimed (claims use up the filed capacity whatever the bed's dates, §3.4),
     * or if it was commissioned from the policy's start date to {@code asOf} and is in service on {@code asOf}
     * (§3.2). Any other bed can only be excluded and never fills capacity, so the calculator gives the same
     * eligible beds and total from the beds that pass this test as from all of them. A city-wide preview reads
     * only these beds ({@code SubsidyFactsRepository.bedsThatCanCount} says the same in SQL), of homes
     * that {@link #homeCanCount} admits.
     */
    public static boolean canCount(BedFacts bed, PolicyVersion policy, LocalDate asOf, boolean claimed) {
        return claimed || (!bed.commissionedOn().isBefore(policy.bedPolicyStartDate()) && bed.inServiceOn(asOf));
    }

    /**
     * The preview's fast path for homes: a home can have an eligible bed as of {@code asOf} only if its
     * ownership on that day (§8.1) is eligible under the version in force that day, it was filed by then and it
     * was not closed on that day (§3.1); the others' lines would all be {@code HOME_NOT_ELIGIBLE}.
     */
    public static boolean homeCanCount(HomeFacts home, PolicyVersion policy, LocalDate asOf) {
        HomeFacts then = home.on(asOf);
        return policy.constructionOwnerships().contains(then.ownership())
                && then.isFiledBy(asOf)
                && !then.isClosedOn(asOf);
    }

    /** The first home condition of §3.1 that fails, in the API's priority order, or null. */
    static ExclusionReason homeReason(HomeFacts given, PolicyVersion policy, LocalDate asOf) {
        HomeFacts home = given.on(asOf);
        if (!homeCanCount(home, policy, asOf)) {
            return ExclusionReason.HOME_NOT_ELIGIBLE;
        }
        if (home.filedOn().plusMonths(policy.minOperatingMonths()).isAfter(asOf)) {
            return ExclusionReason.HOME_NOT_OPERATING_LONG_ENOUGH;
        }
        if (home.premises() == Premises.LEASED
                && (home.leaseEndsOn() == null
                        || home.leaseEndsOn().isBefore(asOf.plusYears(policy.minLeaseYears())))) {
            return ExclusionReason.LEASE_TOO_SHORT;
        }
        return null;
    }

    /** The first bed condition of §3.2–3.3 that fails, or null; capacity is checked by the caller. */
    private static ExclusionReason bedReason(
            BedFacts bed, PolicyVersion policy, LocalDate asOf, Set<Long> claimed, boolean rateInForce) {
        if (bed.commissionedOn().isBefore(policy.bedPolicyStartDate()) || !rateInForce) {
            return ExclusionReason.COMMISSIONED_BEFORE_POLICY;
        }
        if (!bed.inServiceOn(asOf)) { // commissioned by then (the caller kept only those)
            // retired, or in a past outage, on the as-of date (§3.2, §8.1)
            return ExclusionReason.BED_RETIRED;
        }
        if (claimed.contains(bed.bedId())) {
            return ExclusionReason.ALREADY_CLAIMED;
        }
        return null;
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw BusinessException.invalid("SUBSIDY_FACTS_INVALID", field, field + " is required");
        }
    }
}
