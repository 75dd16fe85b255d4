package com.jialicare.domain.service;

import com.jialicare.domain.model.carehome.PremisesTerm;
import com.jialicare.domain.model.policy.ClawbackMode;
import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DatedHistory;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.subsidy.BedFacts;
import com.jialicare.domain.model.subsidy.Clawback;
import com.jialicare.domain.model.subsidy.HoldTrigger;
import com.jialicare.domain.model.subsidy.HomeFacts;
import com.jialicare.domain.model.subsidy.PaidBed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The construction hold period and its clawback (docs/RULES.md §8.6): a paid bed that is retired, or whose home
 * closes or stops being eligible, before the hold period ends is recovered — {@code FULL} the whole amount,
 * {@code PRORATA} the amount × whole months left ÷ hold months, rounded half-up to the fen.
 *
 * <p>Plain Java, no state: {@link #due(PaidBed, BedFacts, HomeFacts, LocalDate)} is the whole rule. The hold runs
 * from the payment day (included) to {@link PaidBed#heldUntil()} = paid on + hold months (excluded), like a stay
 * or an absence. A trigger is looked for after the application's as-of date and before {@code heldUntil}, up to
 * {@code today}; the earliest counts (same day: {@link HoldTrigger} order). Whole months left = whole calendar
 * months from the trigger day to {@code heldUntil} ({@link ChronoUnit#MONTHS}, as {@code plusMonths} counts:
 * paid 2024-05-01, hold 60, retired 2026-05-01 → 36; retired 2026-05-02 → 35). Edge cases:
 * <ul>
 * <li>a trigger after the as-of date but before the payment counts as on the payment day: the whole hold is
 *     left, so {@code PRORATA} recovers the whole amount too;</li>
 * <li>a trigger on the hold's last day (the day before {@code heldUntil}) leaves 0 whole months: {@code FULL}
 *     recovers the whole amount, {@code PRORATA} nothing; a trigger on {@code heldUntil} or later recovers
 *     nothing in either mode;</li>
 * <li>hold 0: there is no hold, nothing is ever recovered;</li>
 * <li>what made the line wrong already on its as-of date (the bed retired or not yet commissioned then, the home
 *     not eligible or closed then — by a correction, say) is not a clawback but a recomputation (§8.3), which
 *     recovers the whole line: this rule then gives nothing, so nothing is recovered twice;</li>
 * <li>no amount is never an answer: a clawback that would be 0.00 is none.</li>
 * </ul>
 * "The home stops being eligible" is the construction calculator's own home check (§3.1,
 * {@code ConstructionSubsidyCalculator.homeReason}) applied to the facts in effect on a day
 * ({@link HomeFacts#on}) against the application's as-of date and the paid line's policy version: the home is
 * ineligible from the first day after the as-of date on which its ownership, filing or premises in effect that
 * day would not have qualified the application (e.g. ownership changed to {@code PUBLIC}, a new lease ending
 * too early); and also from the day its lease in effect ends (the home no longer has the premises).
 */
public final class ConstructionClawback {

    private ConstructionClawback() {}

    /**
     * The clawback due for one paid bed, if any.
     *
     * @param paid  the paid line: amount, as-of date, payment day, and the policy version (hold months, mode, and
     *              the eligible ownerships the home is checked against)
     * @param bed   the bed's facts now (commissioned, retired on)
     * @param home  the home's facts now, with their dated histories (closed on, ownership, premises, filing)
     * @param today triggers dated after it are not due yet
     * @return the clawback due, or empty when nothing is to be recovered
     * @throws BusinessException 400 {@code SUBSIDY_FACTS_INVALID} for a missing argument or another bed's facts
     */
    public static Optional<Clawback> due(PaidBed paid, BedFacts bed, HomeFacts home, LocalDate today) {
        required(paid, "paid");
        required(bed, "bed");
        required(home, "home");
        required(today, "today");
        if (bed.bedId() != paid.bedId()) {
            throw BusinessException.invalid(
                    "SUBSIDY_FACTS_INVALID",
                    "bed",
                    "The bed's facts are of bed " + bed.bedId() + ", not " + paid.bedId());
        }
        PolicyVersion policy = paid.policy();
        int holdMonths = policy.constructionHoldMonths();
        LocalDate asOf = paid.asOf();
        LocalDate heldUntil = paid.heldUntil();
        if (holdMonths == 0 || paid.amount().signum() == 0) {
            return Optional.empty();
        }
        // Wrong already on the as-of date: recomputation's business (§8.3), never recovered twice.
        if (!bed.inServiceOn(asOf)
                || home.isClosedOn(asOf)
                || ConstructionSubsidyCalculator.homeReason(flat(home.on(asOf)), policy, asOf) != null
                || leaseEnded(home.on(asOf), asOf)) {
            return Optional.empty();
        }
        // the last day a trigger counts: before heldUntil, and not after today
        LocalDate last = heldUntil.minusDays(1);
        if (today.isBefore(last)) {
            last = today;
        }
        if (!last.isAfter(asOf)) {
            return Optional.empty();
        }
        Trigger first = null;
        if (bed.retiredOn() != null) {
            first = earlier(first, new Trigger(bed.retiredOn(), HoldTrigger.BED_RETIRED), asOf, last);
        }
        if (home.closedOn() != null) {
            first = earlier(first, new Trigger(home.closedOn(), HoldTrigger.HOME_CLOSED), asOf, last);
        }
        LocalDate ineligible = firstIneligibleDay(home, policy, asOf, last);
        if (ineligible != null) {
            first = earlier(first, new Trigger(ineligible, HoldTrigger.HOME_INELIGIBLE), asOf, last);
        }
        if (first == null) {
            return Optional.empty();
        }
        LocalDate from = first.day().isBefore(paid.paidOn()) ? paid.paidOn() : first.day();
        int monthsLeft = (int) ChronoUnit.MONTHS.between(from, heldUntil);
        BigDecimal amount = policy.constructionClawback() == ClawbackMode.FULL
                ? paid.amount().setScale(2, RoundingMode.HALF_UP)
                : paid.amount()
                        .multiply(BigDecimal.valueOf(monthsLeft))
                        .divide(BigDecimal.valueOf(holdMonths), 2, RoundingMode.HALF_UP);
        if (amount.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Clawback(
                paid.bedId(),
                amount,
                first.day(),
                first.kind(),
                monthsLeft,
                holdMonths,
                policy.constructionClawback(),
                heldUntil));
    }

    /** Whether the bed's hold period is still running on {@code day}: from paid on (included) to held until. */
    public static boolean holdRunsOn(PaidBed paid, LocalDate day) {
        return !day.isBefore(paid.paidOn()) && day.isBefore(paid.heldUntil());
    }

    private record Trigger(LocalDate day, HoldTrigger kind) {}

    /** The earlier of the two (the current one on a tie: triggers are offered in HoldTrigger order). */
    private static Trigger earlier(Trigger current, Trigger candidate, LocalDate asOf, LocalDate last) {
        if (!candidate.day().isAfter(asOf) || candidate.day().isAfter(last)) {
            return current;
        }
        if (current == null || candidate.day().isBefore(current.day())) {
            return candidate;
        }
        return current;
    }

    /**
     * The first day after {@code asOf} and up to {@code last} on which the home is not eligible (§3.1 with that
     * day's facts, or its lease ended), or null. The facts change only on the days of their histories' entries
     * and a lease's end, so only those days are looked at.
     */
    private static LocalDate firstIneligibleDay(HomeFacts home, PolicyVersion policy, LocalDate asOf, LocalDate last) {
        TreeSet<LocalDate> days = new TreeSet<>();
        if (home.leaseEndsOn() != null) {
            days.add(home.leaseEndsOn());
        }
        HomeFacts.Histories h = home.histories();
        if (h != null) {
            addDays(days, h.ownership());
            addDays(days, h.filedBeds());
            for (DatedHistory.Entry<PremisesTerm> e : h.premises().entries()) {
                days.add(e.effectiveOn());
                if (e.value().leaseEndsOn() != null) {
                    days.add(e.value().leaseEndsOn());
                }
            }
        }
        for (LocalDate day : days.subSet(asOf, false, last, true)) {
            HomeFacts then = home.on(day);
            if (ConstructionSubsidyCalculator.homeReason(flat(then), policy, asOf) != null || leaseEnded(then, day)) {
                return day;
            }
        }
        return null;
    }

    private static <T> void addDays(TreeSet<LocalDate> days, DatedHistory<T> history) {
        for (DatedHistory.Entry<T> e : history.entries()) {
            days.add(e.effectiveOn());
        }
    }

    /** Leased premises whose lease has ended by that day. */
    private static boolean leaseEnded(HomeFacts home, LocalDate day) {
        return home.premises() == Premises.LEASED
                && home.leaseEndsOn() != null
                && !home.leaseEndsOn().isAfter(day);
    }

    /**
     * The values of one day without histories and without the closing (closing is its own trigger): the
     * calculator's check then reads exactly these values against the as-of date.
     */
    private static HomeFacts flat(HomeFacts on) {
        return new HomeFacts(
                on.careHomeId(), on.ownership(), on.filedOn(), on.filedBeds(), on.premises(), on.leaseEndsOn());
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw BusinessException.invalid("SUBSIDY_FACTS_INVALID", field, field + " is required");
        }
    }
}
