package com.jialicare.domain.model.subsidy;

import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.policy.PolicyVersion;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The operating subsidy's minimum stay (RULES.md §4.3), the one place that says when a stay has lasted long
 * enough. The operating calculator asks it month by month; the home's dashboard and the family's page ask it
 * for the first month, so that all three give the same day.
 * <p>
 * The minimum is a policy parameter ({@link PolicyVersion#minStayMonths()}, six by default), and a month is
 * judged by the version in force on the last day the resident was in the stay that month (§4.5). When a new
 * version changes the minimum, a stay admitted before it may therefore reach it later (or sooner) than the
 * version of its admission day would say.
 */
public final class MinimumStay {

    private MinimumStay() {}

    /**
     * The first month in which a stay meets the minimum, and the day it did.
     *
     * @param firstMonth    the first calendar month that the rule lets count
     * @param reachedOn     the stay's anniversary under the version that judged that month
     * @param minStayMonths that version's minimum, in months
     * @param policyVersion that version's number
     */
    public record Reached(YearMonth firstMonth, LocalDate reachedOn, int minStayMonths, int policyVersion) {

        /** Whether the minimum stay has been reached by that day. */
        public boolean reachedBy(LocalDate day) {
            return !reachedOn.isAfter(day);
        }
    }

    /** The stay's anniversary under a minimum of {@code months}: admission plus the months, as plusMonths does. */
    public static LocalDate anniversary(LocalDate admittedOn, int months) {
        return admittedOn.plusMonths(months);
    }

    /**
     * Whether a month can count under the rule: the stay is not discharged before the anniversary (a discharge
     * on the anniversary itself reaches it: the discharge day is the first day away), and the anniversary falls
     * on or before the first day of the following month.
     *
     * @param dischargedOn   first day away, or null while the stay is open
     * @param nextMonthFirst the first day of the month after the one judged
     */
    public static boolean countsIn(LocalDate anniversary, LocalDate dischargedOn, LocalDate nextMonthFirst) {
        return (dischargedOn == null || !dischargedOn.isBefore(anniversary)) && !anniversary.isAfter(nextMonthFirst);
    }

    /**
     * The first month of a stay that the minimum-stay rule lets count, judged exactly as the operating
     * calculator judges it; empty when no month of the stay ever can (discharged too soon, or no policy in
     * force). Months before the first policy version are skipped, as no subsidy is computed for them.
     *
     * @param dischargedOn first day away, or null while the stay is open
     */
    public static Optional<Reached> firstReached(LocalDate admittedOn, LocalDate dischargedOn, PolicyTable policies) {
        if (dischargedOn != null && !dischargedOn.isAfter(admittedOn)) {
            return Optional.empty(); // not one day in the stay
        }
        int longest = policies.versions().stream()
                .mapToInt(PolicyVersion::minStayMonths)
                .max()
                .orElse(0);
        List<PolicyVersion> newestFirst = policies.versions();
        YearMonth firstUnderPolicy =
                YearMonth.from(newestFirst.get(newestFirst.size() - 1).effectiveFrom());
        YearMonth month = YearMonth.from(admittedOn);
        month = month.isBefore(firstUnderPolicy) ? firstUnderPolicy : month;
        // No version asks for more than `longest` months, so from the month of that anniversary (or the first
        // month under a policy, if later) on every month counts: it is the last one to try.
        YearMonth lastToTry = YearMonth.from(anniversary(admittedOn, longest));
        lastToTry = lastToTry.isBefore(month) ? month : lastToTry;
        if (dischargedOn != null) {
            YearMonth lastInStay = YearMonth.from(dischargedOn.minusDays(1));
            lastToTry = lastInStay.isBefore(lastToTry) ? lastInStay : lastToTry;
        }
        for (; !month.isAfter(lastToTry); month = month.plusMonths(1)) {
            LocalDate lastDayInStay = month.atEndOfMonth();
            if (dischargedOn != null && !dischargedOn.isAfter(lastDayInStay)) {
                lastDayInStay = dischargedOn.minusDays(1);
            }
            Optional<PolicyVersion> policy = policies.findInForceOn(lastDayInStay);
            if (policy.isEmpty()) {
                continue;
            }
            LocalDate anniversary = anniversary(admittedOn, policy.get().minStayMonths());
            if (countsIn(anniversary, dischargedOn, month.plusMonths(1).atDay(1))) {
                return Optional.of(new Reached(
                        month,
                        anniversary,
                        policy.get().minStayMonths(),
                        policy.get().version()));
            }
        }
        return Optional.empty();
    }
}
