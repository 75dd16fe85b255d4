package com.jialicare.domain.model.subsidy;

import com.jialicare.domain.model.carehome.PremisesTerm;
import com.jialicare.domain.model.shared.DatedHistory;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import java.time.LocalDate;

/**
 * What the subsidy rules need to know about a care home.
 *
 * <p>The ownership, premises, lease end and filed capacity given directly are today's values; a home's
 * {@link Histories} (docs/RULES.md §8.1) say what they were on other days, and {@link #on} resolves them on one
 * day, in this one place. Without histories the values hold on every day.
 *
 * @param filedOn     day of filing (备案) with the civil-affairs bureau; {@code null} if not filed
 * @param filedBeds   filed capacity (核定床位)
 * @param leaseEndsOn end of the lease; {@code null} unless the premises are {@link Premises#LEASED}
 *                    (a lease without a known end counts as too short)
 * @param closedOn    the day the home closed (closed from it on), or {@code null}
 * @param histories   the dated histories, or {@code null}
 */
public record HomeFacts(
        long careHomeId,
        Ownership ownership,
        LocalDate filedOn,
        int filedBeds,
        Premises premises,
        LocalDate leaseEndsOn,
        LocalDate closedOn,
        Histories histories) {

    /** A home's dated facts (none empty). */
    public record Histories(
            DatedHistory<Ownership> ownership, DatedHistory<PremisesTerm> premises, DatedHistory<Integer> filedBeds) {

        public Histories {
            if (ownership == null || ownership.isEmpty()) {
                throw Checks.invalid("ownership", "The ownership history is empty");
            }
            if (premises == null || premises.isEmpty()) {
                throw Checks.invalid("premises", "The premises history is empty");
            }
            if (filedBeds == null || filedBeds.isEmpty()) {
                throw Checks.invalid("filedBeds", "The filed capacity history is empty");
            }
        }
    }

    public HomeFacts {
        Checks.required(ownership, "ownership");
        Checks.required(premises, "premises");
        if (filedBeds < 0) {
            throw Checks.invalid("filedBeds", "Filed beds must not be negative, was " + filedBeds, filedBeds);
        }
        if (premises != Premises.LEASED && leaseEndsOn != null) {
            throw Checks.invalid("leaseEndsOn", "Only leased premises have a lease end date", leaseEndsOn);
        }
    }

    /** A home whose facts never changed and that is open. */
    public HomeFacts(
            long careHomeId,
            Ownership ownership,
            LocalDate filedOn,
            int filedBeds,
            Premises premises,
            LocalDate leaseEndsOn) {
        this(careHomeId, ownership, filedOn, filedBeds, premises, leaseEndsOn, null, null);
    }

    /** A home from its histories; the direct values are the latest entries'. */
    public static HomeFacts of(long careHomeId, LocalDate filedOn, LocalDate closedOn, Histories histories) {
        Checks.required(histories, "histories");
        PremisesTerm premises = histories.premises().latest().orElseThrow();
        return new HomeFacts(
                careHomeId,
                histories.ownership().latest().orElseThrow(),
                filedOn,
                histories.filedBeds().latest().orElseThrow(),
                premises.premises(),
                premises.leaseEndsOn(),
                closedOn,
                histories);
    }

    /**
     * The facts as they were on {@code day} (§8.1: each rule reads the value in effect on the day it uses, e.g.
     * the construction subsidy's as-of date); the histories are kept.
     */
    public HomeFacts on(LocalDate day) {
        if (histories == null) {
            return this;
        }
        PremisesTerm p = histories.premises().valueOn(day).orElseThrow();
        return new HomeFacts(
                careHomeId,
                histories.ownership().valueOn(day).orElseThrow(),
                filedOn,
                histories.filedBeds().valueOn(day).orElseThrow(),
                p.premises(),
                p.leaseEndsOn(),
                closedOn,
                histories);
    }

    /** The ownership on that day (§8.1; the operating subsidy reads it on the month's rule day). */
    public Ownership ownershipOn(LocalDate day) {
        return histories == null
                ? ownership
                : histories.ownership().valueOn(day).orElseThrow();
    }

    public boolean isFiled() {
        return filedOn != null;
    }

    /** Filed on or before that day. */
    public boolean isFiledBy(LocalDate day) {
        return filedOn != null && !filedOn.isAfter(day);
    }

    /** Closed on that day (closed on or before it). */
    public boolean isClosedOn(LocalDate day) {
        return closedOn != null && !day.isBefore(closedOn);
    }
}
