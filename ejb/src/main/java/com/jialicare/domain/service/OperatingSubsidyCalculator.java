package com.jialicare.domain.service;

import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.subsidy.DateRange;
import com.jialicare.domain.model.subsidy.ExclusionReason;
import com.jialicare.domain.model.subsidy.HomeFacts;
import com.jialicare.domain.model.subsidy.MinimumStay;
import com.jialicare.domain.model.subsidy.OperatingLine;
import com.jialicare.domain.model.subsidy.OperatingResult;
import com.jialicare.domain.model.subsidy.ResidentFacts;
import com.jialicare.domain.model.subsidy.ResidentMonth;
import com.jialicare.domain.model.subsidy.StayFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operating subsidy (运营补贴, RULES.md §4): one line per resident-month, that is per stay and
 * calendar month in which the stay covers at least one day. Each month is judged by the policy version
 * in force on the last day the resident was in the stay that month; its rate for the resident's level
 * on that day is the amount. The resident's hukou and state support are those in effect on that same day
 * (docs/RULES.md §8.1).
 * <p>
 * Linear in the number of resident-months (after sorting the stays once): each month is computed with
 * interval arithmetic, absences are merged once per stay, and policy versions and assessments are found
 * by binary search.
 */
public final class OperatingSubsidyCalculator {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    /** Lines of one month are ordered by resident, then stay. */
    private static final Comparator<StayFacts> STAY_ORDER =
            Comparator.comparingLong(StayFacts::residentId).thenComparingLong(StayFacts::stayId);

    /**
     * @param home      the care home
     * @param residents the residents of the stays, by id
     * @param stays     this home's stays (any dates; those outside the range give no line)
     * @param policies  the policy table
     * @param from      first month, inclusive
     * @param to        last month, inclusive; must have ended before {@code today}'s month
     * @param today     the current day (from the injected clock)
     * @param claimed   resident-months in applications submitted and not returned ({@code null}: none)
     * @throws BusinessException {@code INVALID_MONTH_RANGE} or {@code MONTH_NOT_ENDED} (field to);
     *                           {@code NO_POLICY_IN_FORCE} (field from) if a line's day precedes every
     *                           policy version; {@code NO_ASSESSMENT} if a resident was never assessed
     */
    public OperatingResult calculate(
            HomeFacts home,
            Map<Long, ResidentFacts> residents,
            List<StayFacts> stays,
            PolicyTable policies,
            YearMonth from,
            YearMonth to,
            LocalDate today,
            Set<ResidentMonth> claimed) {
        required(home, "home");
        required(residents, "residents");
        required(stays, "stays");
        required(policies, "policies");
        required(from, "from");
        required(to, "to");
        required(today, "today");
        checkRange(from, to, today);
        Set<ResidentMonth> claimedMonths = claimed == null ? Set.of() : claimed;

        Month[] months = new Month[monthsBetween(from, to) + 1];
        for (int i = 0; i < months.length; i++) {
            months[i] = new Month(from.plusMonths(i));
        }

        StayFacts[] sorted = stays.toArray(new StayFacts[0]);
        for (StayFacts stay : sorted) {
            required(stay, "stays");
        }
        Arrays.sort(sorted, STAY_ORDER);

        // Each stay gives one line per month from its first to its last covered month of the range. Count
        // them per month first, so every line goes straight to its place: stays are visited in (resident,
        // stay) order, which makes the whole (month, resident, stay) without sorting the lines.
        int[] first = new int[sorted.length];
        int[] last = new int[sorted.length];
        int[] perMonth = new int[months.length + 1];
        for (int s = 0; s < sorted.length; s++) {
            StayFacts stay = sorted[s];
            boolean coversADay =
                    stay.dischargedOn() == null || stay.dischargedOn().isAfter(stay.admittedOn());
            first[s] = Math.max(0, monthsBetween(from, YearMonth.from(stay.admittedOn())));
            if (!coversADay) {
                last[s] = -1; // discharged on the day of admission: no day in the stay
            } else if (stay.dischargedOn() == null) {
                last[s] = months.length - 1;
            } else {
                YearMonth lastInStay = YearMonth.from(stay.dischargedOn().minusDays(1));
                last[s] = Math.min(months.length - 1, monthsBetween(from, lastInStay));
            }
            if (first[s] <= last[s]) {
                perMonth[first[s]]++;
                perMonth[last[s] + 1]--;
            }
        }
        int[] next = new int[months.length]; // where the next line of each month goes
        int running = 0;
        long total = 0;
        for (int i = 0; i < months.length; i++) {
            running += perMonth[i];
            next[i] = (int) total;
            total += running;
            if (total > Integer.MAX_VALUE - 8) {
                throw BusinessException.invalid(
                        "MONTH_RANGE_TOO_LARGE",
                        "to",
                        "Too many resident-months to compute at once; compute a shorter range",
                        from,
                        to);
            }
        }
        OperatingLine[] lines = new OperatingLine[(int) total];
        for (int s = 0; s < sorted.length; s++) {
            if (first[s] <= last[s]) {
                linesOf(sorted[s], first[s], last[s], home, residents, policies, months, claimedMonths, lines, next);
            }
        }
        return new OperatingResult(from, to, Arrays.asList(lines));
    }

    /**
     * The checks of a range of months that come before any fact: {@code to} not before {@code from}, and
     * {@code to} ended before {@code today}'s month.
     *
     * @throws BusinessException {@code INVALID_MONTH_RANGE} or {@code MONTH_NOT_ENDED} (field to)
     */
    public static void checkRange(YearMonth from, YearMonth to, LocalDate today) {
        required(from, "from");
        required(to, "to");
        required(today, "today");
        if (from.isAfter(to)) {
            throw BusinessException.invalid(
                    "INVALID_MONTH_RANGE",
                    "to",
                    "The last month (" + to + ") is before the first (" + from + ")",
                    from,
                    to);
        }
        if (!to.isBefore(YearMonth.from(today))) {
            throw BusinessException.invalid(
                    "MONTH_NOT_ENDED",
                    "to",
                    "Only months that have ended can be computed; " + to + " has not ended on " + today,
                    to,
                    today);
        }
    }

    /**
     * The preview's fast path (totals only): the ownerships whose homes can have an eligible month in the
     * range — those some policy version in force during the range lets in (§4.1). A home of another
     * ownership, or not filed by the range's last day, gives only {@code HOME_NOT_ELIGIBLE} lines, so a
     * city-wide preview need not read its stays. Empty when no version is in force on the range's first day
     * (then every home is read, and the calculator reports it).
     */
    public static Optional<Set<Ownership>> ownershipsThatCanCount(PolicyTable table, YearMonth from, YearMonth to) {
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        if (table.findInForceOn(first).isEmpty()) {
            return Optional.empty();
        }
        Set<Ownership> owned = EnumSet.noneOf(Ownership.class);
        for (PolicyVersion v : table.versions()) {
            boolean inForceDuringRange = !v.effectiveFrom().isAfter(last)
                    && (v.effectiveFrom().isAfter(first) || v == table.inForceOn(first));
            if (inForceDuringRange) {
                owned.addAll(v.operatingOwnerships());
            }
        }
        return Optional.of(owned);
    }

    /** Puts the lines of one stay, months {@code first..last} of the range, in their places. */
    private static void linesOf(
            StayFacts stay,
            int first,
            int last,
            HomeFacts home,
            Map<Long, ResidentFacts> residents,
            PolicyTable policies,
            Month[] months,
            Set<ResidentMonth> claimed,
            OperatingLine[] lines,
            int[] next) {
        long admitted = stay.admittedOn().toEpochDay();
        long discharged = stay.dischargedOn() == null
                ? Long.MAX_VALUE
                : stay.dischargedOn().toEpochDay();
        ResidentFacts resident = residents.get(stay.residentId());
        if (resident == null || resident.residentId() != stay.residentId()) {
            throw BusinessException.invalid(
                    "SUBSIDY_FACTS_INVALID",
                    "residentId",
                    "No facts for resident " + stay.residentId() + " of stay " + stay.stayId(),
                    stay.residentId());
        }
        Absences absences = new Absences(stay.absences(), admitted, discharged);
        // Dates that depend only on a policy parameter; recomputed only when the version's value changes.
        int ageFor = -1;
        LocalDate ageReachedOn = null;
        int anniversaryFor = -1;
        LocalDate anniversary = null;

        for (int i = first; i <= last; i++) {
            Month m = months[i];
            long start = Math.max(m.start, admitted);
            long end = Math.min(m.endExclusive, discharged);
            int presentDays = (int) (end - start - absences.daysWithin(start, end));
            boolean wholeMonthEnd = end == m.endExclusive;
            LocalDate lastDay = wholeMonthEnd ? m.lastDay : LocalDate.ofEpochDay(end - 1);
            PolicyVersion policy = wholeMonthEnd ? m.versionAtEnd(policies) : policies.inForceOn(lastDay, "from");
            // A reassessment after the last day in the stay (e.g. after discharge) does not count; a day
            // before the first assessment takes the earliest one (see ResidentFacts.levelOn).
            CapabilityLevel level = resident.levelOn(lastDay);
            // docs/RULES.md §8.1: the home's ownership, the hukou and state support are read on the same day as
            // the level.

            ExclusionReason reason = null;
            if (!policy.operatingOwnerships().contains(home.ownershipOn(lastDay)) || !home.isFiledBy(m.lastDay)) {
                reason = ExclusionReason.HOME_NOT_ELIGIBLE;
            } else if (!policy.isLocalHukou(resident.hukouOn(lastDay))) {
                reason = ExclusionReason.NOT_LOCAL_HUKOU;
            } else {
                if (ageFor != policy.minAge()) {
                    ageFor = policy.minAge();
                    ageReachedOn = resident.birthDate().plusYears(ageFor);
                }
                if (anniversaryFor != policy.minStayMonths()) {
                    anniversaryFor = policy.minStayMonths();
                    anniversary = MinimumStay.anniversary(stay.admittedOn(), anniversaryFor);
                }
                if (ageReachedOn.isAfter(m.lastDay)) {
                    reason = ExclusionReason.UNDER_AGE;
                } else if (resident.stateSupportedOn(lastDay)) {
                    reason = ExclusionReason.STATE_SUPPORTED;
                } else if (!MinimumStay.countsIn(anniversary, stay.dischargedOn(), m.nextMonthFirst)) {
                    reason = ExclusionReason.STAY_UNDER_SIX_MONTHS;
                } else if (presentDays < policy.minDaysPresent()) {
                    reason = ExclusionReason.TOO_FEW_DAYS_PRESENT;
                } else if (!claimed.isEmpty() && claimed.contains(new ResidentMonth(stay.stayId(), m.month))) {
                    reason = ExclusionReason.ALREADY_CLAIMED;
                }
            }
            BigDecimal amount = reason == null ? policy.monthlyRate(level) : ZERO;
            lines[next[i]++] = new OperatingLine(
                    stay.residentId(),
                    stay.stayId(),
                    m.month,
                    presentDays,
                    level,
                    reason == null,
                    amount,
                    reason,
                    policy.version());
        }
    }

    private static int monthsBetween(YearMonth a, YearMonth b) {
        return (b.getYear() - a.getYear()) * 12 + b.getMonthValue() - a.getMonthValue();
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw BusinessException.invalid("SUBSIDY_FACTS_INVALID", field, field + " is required");
        }
    }

    /** A month of the range, with its bounds as epoch days and its month-end policy version cached. */
    private static final class Month {
        final YearMonth month;
        final long start;
        final long endExclusive;
        final LocalDate lastDay;
        final LocalDate nextMonthFirst;
        private PolicyVersion atEnd;

        Month(YearMonth month) {
            this.month = month;
            this.lastDay = month.atEndOfMonth();
            this.nextMonthFirst = lastDay.plusDays(1);
            this.start = month.atDay(1).toEpochDay();
            this.endExclusive = nextMonthFirst.toEpochDay();
        }

        /** Looked up on first use: a month no stay covers needs no policy. */
        PolicyVersion versionAtEnd(PolicyTable policies) {
            if (atEnd == null) {
                atEnd = policies.inForceOn(lastDay, "from");
            }
            return atEnd;
        }
    }

    /**
     * A stay's absences clipped to the stay and merged, so overlapping absences count once. Queried for
     * ascending, non-overlapping runs of days (the stay's months), so a cursor skips absences already
     * behind.
     */
    private static final class Absences {
        private final long[] starts;
        private final long[] ends;
        private final int size;
        private int cursor;

        Absences(List<DateRange> given, long stayStart, long stayEnd) {
            int n = given.size();
            starts = new long[n];
            ends = new long[n];
            if (n == 0) {
                size = 0;
                return;
            }
            DateRange[] byStart = given.toArray(new DateRange[0]);
            Arrays.sort(byStart, Comparator.comparing(DateRange::from));
            int k = 0;
            for (DateRange r : byStart) {
                long s = Math.max(r.from().toEpochDay(), stayStart);
                long e = Math.min(r.until().toEpochDay(), stayEnd);
                if (s >= e) {
                    continue; // outside the stay
                }
                if (k > 0 && s <= ends[k - 1]) {
                    ends[k - 1] = Math.max(ends[k - 1], e);
                } else {
                    starts[k] = s;
                    ends[k] = e;
                    k++;
                }
            }
            size = k;
        }

        /** Absent days within [from, until); calls must come in ascending order. */
        long daysWithin(long from, long until) {
            while (cursor < size && ends[cursor] <= from) {
                cursor++;
            }
            long days = 0;
            for (int j = cursor; j < size && starts[j] < until; j++) {
                days += Math.min(ends[j], until) - Math.max(starts[j], from);
            }
            return days;
        }
    }
}
