package com.jialicare.domain.service;

import com.jialicare.domain.model.carehome.Bed;
import com.jialicare.domain.model.carehome.BedOutage;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.stay.Absence;
import com.jialicare.domain.model.stay.AbsenceKind;
import com.jialicare.domain.model.stay.Occupancy;
import com.jialicare.domain.model.stay.Stay;
import java.time.LocalDate;
import java.util.List;

/**
 * The residency rules (RULES.md §2) for every write of the registry: admitting, moving, recording an absence,
 * discharging and retiring a bed. Plain Java over facts the caller loads under its locks: the person's stays
 * and the bed with the spans it is held. Rules inside one stay (a discharge after the admission, absences
 * inside the stay and apart) are the {@link Stay} aggregate's own, and are reached through the same methods,
 * so a service, the demo data and the benchmark's generator all run exactly these checks, in this order.
 * <p>
 * Every refusal is a {@link BusinessException} with the code the API documents.
 */
public final class Residency {

    /** How far ahead a planned absence may end (§2.6). */
    public static final int ABSENCE_YEARS_AHEAD = 1;

    private Residency() {}

    /** A span a bed is held by some stay: {@code [from, until)}, {@code until} null while it is held still. */
    public record Held(LocalDate from, LocalDate until) {

        /** Whether the bed is still held on {@code day} or later. */
        public boolean onOrAfter(LocalDate day) {
            return until == null || until.isAfter(day);
        }

        public static Held of(Occupancy occupancy) {
            return new Held(occupancy.getFromOn(), occupancy.getUntilOn());
        }
    }

    /**
     * A bed as the rules see it: its home, its time in service, and the spans it is held that end after the
     * day in question (more may be given; those are ignored).
     */
    public record BedFacts(
            long id,
            long careHomeId,
            String code,
            LocalDate commissionedOn,
            LocalDate retiredOn,
            List<Held> held,
            List<BedOutage> outages) {

        public BedFacts {
            held = List.copyOf(held);
            outages = List.copyOf(outages);
        }

        /** A bed that was never out of service before its retirement (if any). */
        public BedFacts(
                long id, long careHomeId, String code, LocalDate commissionedOn, LocalDate retiredOn, List<Held> held) {
            this(id, careHomeId, code, commissionedOn, retiredOn, held, List.of());
        }

        /** The facts of a stored bed. */
        public static BedFacts of(Bed bed, List<Held> held) {
            return new BedFacts(
                    bed.getId(),
                    bed.getCareHomeId(),
                    bed.getCode(),
                    bed.getCommissionedOn(),
                    bed.getRetiredOn(),
                    held,
                    bed.getOutages());
        }

        /** {@link Bed#inService}: from its commissioning day until its retirement, but in its past outages. */
        public boolean inServiceOn(LocalDate day) {
            return Bed.inService(commissionedOn, retiredOn, outages, day);
        }

        /** {@link Bed#inServiceThroughout}: every day of {@code [from, until)}, or from {@code from} on (null). */
        public boolean inServiceThroughout(LocalDate from, LocalDate until) {
            return Bed.inServiceThroughout(commissionedOn, retiredOn, outages, from, until);
        }

        /** For messages: the bed's service dates. */
        String serviceDates() {
            return "commissioned " + commissionedOn
                    + (outages.isEmpty() ? "" : ", out of service " + outages)
                    + (retiredOn == null ? "" : ", retired " + retiredOn);
        }
    }

    /**
     * §2.6: a day of the registry's record is given, not after today, and not before 1900.
     *
     * @return the day
     */
    public static LocalDate notFuture(LocalDate day, String field, LocalDate today) {
        required(day, field);
        if (day.isAfter(today)) {
            throw BusinessException.invalid(
                    "DATE_IN_FUTURE", field, field + " " + day + " is after today (" + today + ")", day, today);
        }
        if (day.getYear() < 1900) {
            throw BusinessException.invalid("DATE_TOO_EARLY", field, field + " " + day + " is before 1900", day);
        }
        return day;
    }

    /** A day the record needs. */
    public static LocalDate required(LocalDate day, String field) {
        if (day == null) {
            throw BusinessException.invalid("DATE_REQUIRED", field, field + " is required (YYYY-MM-DD)");
        }
        return day;
    }

    /**
     * Admits a person into a bed on a day (§2.2, §2.3, §2.6): the person has no open stay and no stay that
     * ends after that day, and the bed is in service and held by nobody from that day on.
     *
     * @param residentId    the person
     * @param stays         every stay of the person, city-wide
     * @param personInScope whether the caller may read where the person lives (someone named by the whole
     *                      ID number only is told that they live elsewhere, not where or since when)
     * @return the new stay, not yet stored
     */
    public static Stay admit(
            long residentId, List<Stay> stays, boolean personInScope, BedFacts bed, LocalDate on, LocalDate today) {
        notFuture(on, "admittedOn", today);
        for (Stay s : stays) {
            if (s.isOpen()) {
                if (!personInScope) {
                    throw BusinessException.conflict(
                            "RESIDENT_LIVES_ELSEWHERE",
                            "idNumber",
                            "The person lives in another care home now; they must be discharged there first");
                }
                throw BusinessException.conflict(
                        "RESIDENT_HAS_OPEN_STAY",
                        "residentId",
                        "The resident already lives in a care home since " + s.getAdmittedOn()
                                + "; discharge them there first",
                        s.getAdmittedOn());
            }
            if (s.getDischargedOn().isAfter(on)) {
                throw BusinessException.conflict(
                        "STAY_OVERLAP",
                        "admittedOn",
                        "The resident had a stay until " + s.getDischargedOn() + "; stays never overlap",
                        s.getDischargedOn());
            }
        }
        requireFreeFrom(bed, on, "bedId");
        return new Stay(residentId, bed.careHomeId(), bed.id(), on);
    }

    /**
     * §2.4: a transfer moves to another bed of the stay's home; a bed of another home is refused before
     * anything of it is read or locked, exactly like a bed that does not exist ({@code bed} null).
     */
    public static void requireSameHome(Stay stay, Long bedId, Long bedHomeId) {
        if (bedHomeId == null || bedHomeId != stay.getCareHomeId()) {
            throw BusinessException.invalid(
                    "BED_NOT_IN_HOME",
                    "bedId",
                    "A transfer moves to another bed of the same home; moving homes is a discharge and a new "
                            + "admission",
                    bedId);
        }
    }

    /**
     * Moves an open stay into another bed of its home from a day (§2.3, §2.4, §2.6): the new bed is in
     * service and held by nobody from that day on, and the day is after the move into the current bed.
     * Ends the current occupancy: the caller stores that before {@link #moveIn}, as the database allows one
     * open occupancy per stay.
     */
    public static void moveOut(Stay stay, BedFacts bed, LocalDate on, LocalDate today) {
        notFuture(on, "on", today);
        requireSameHome(stay, bed.id(), bed.careHomeId());
        stay.requireOpen();
        if (stay.currentOccupancy().map(o -> o.getBedId() == bed.id()).orElse(false)) {
            throw BusinessException.invalid("SAME_BED", "bedId", "The resident is already in that bed");
        }
        requireFreeFrom(bed, on, "bedId");
        stay.leaveCurrentBed(bed.id(), on);
    }

    /** Second half of a transfer checked by {@link #moveOut}: the stay holds the new bed from {@code on}. */
    public static Occupancy moveIn(Stay stay, BedFacts bed, LocalDate on) {
        return stay.moveInto(bed.id(), on);
    }

    /**
     * Records an absence {@code [from, until)} inside an open or ended stay (§2.5, §2.6): it began by today,
     * its planned end is at most {@value #ABSENCE_YEARS_AHEAD} year ahead, and it lies inside the stay and
     * apart from the stay's other absences.
     */
    public static Absence recordAbsence(
            Stay stay, LocalDate from, LocalDate until, AbsenceKind kind, String note, LocalDate today) {
        notFuture(from, "from", today);
        required(until, "until");
        if (until.isAfter(today.plusYears(ABSENCE_YEARS_AHEAD))) {
            throw BusinessException.invalid(
                    "ABSENCE_END_TOO_FAR",
                    "until",
                    "A planned absence ends at most a year from today; record a longer one when it is known",
                    until);
        }
        return stay.recordAbsence(from, until, kind, note);
    }

    /** Ends a stay on a day, the first day away (§2.6, and the stay's own rules). */
    public static void discharge(Stay stay, LocalDate on, DischargeReason reason, LocalDate today) {
        notFuture(on, "on", today);
        stay.discharge(on, reason);
    }

    /**
     * Whether a bed may be taken out of service from a day (§2.3, §2.6): nobody holds it on that day or later.
     * The bed's own rules (retired once, after its commissioning) follow in {@code Bed.retire}.
     */
    public static void requireRetirable(BedFacts bed, LocalDate on, LocalDate today) {
        notFuture(on, "on", today);
        if (bed.held().stream().anyMatch(h -> h.onOrAfter(on))) {
            throw BusinessException.conflict(
                    "BED_OCCUPIED",
                    "on",
                    "The bed is occupied on or after " + on + "; move or discharge the resident first",
                    on);
        }
    }

    // ------------------------------------------------------------------ corrections (docs/RULES.md §8.2)
    // A correction rewrites a fact as if it had always been so, and is checked against §2 like a new entry.
    // The caller locks as for a new entry (the person, then the beds in id order) and passes, for each bed, the
    // spans OTHER stays hold it ({@link BedFacts#held()} without the corrected stay's own occupancies), and every
    // stay of the person (the corrected one may be among them; it is skipped).

    /**
     * Corrects the admission day (§2.2, §2.3, §2.6): the stay and its first occupancy begin on {@code on}.
     * The day is not in the future; the person has no other stay over the corrected span
     * ({@code STAY_OVERLAP}); the first bed is in service and held by no other stay on days the stay now
     * covers and did not before ({@code BED_OCCUPIED}, {@code BED_OUT_OF_SERVICE}); the discharge is not
     * before it ({@code DISCHARGE_BEFORE_ADMISSION}); it is before the first transfer
     * ({@code ADMISSION_AFTER_TRANSFER}); no absence begins before it ({@code ABSENCE_OUTSIDE_STAY}).
     */
    public static void correctAdmission(
            Stay stay, List<Stay> personStays, BedFacts firstBed, LocalDate on, LocalDate today) {
        notFuture(on, "admittedOn", today);
        LocalDate old = stay.getAdmittedOn();
        if (stay.getDischargedOn() != null && on.isAfter(stay.getDischargedOn())) {
            throw BusinessException.invalid(
                    "DISCHARGE_BEFORE_ADMISSION",
                    "admittedOn",
                    "The stay ended on " + stay.getDischargedOn() + "; the admission cannot be after that",
                    on);
        }
        List<Occupancy> occupancies = stay.getOccupancies();
        if (occupancies.size() > 1 && !on.isBefore(occupancies.get(0).getUntilOn())) {
            throw BusinessException.invalid(
                    "ADMISSION_AFTER_TRANSFER",
                    "admittedOn",
                    "The resident moved to another bed on " + occupancies.get(0).getUntilOn()
                            + "; the admission is before that",
                    occupancies.get(0).getUntilOn());
        }
        for (Absence a : stay.getAbsences()) {
            if (a.getFromOn().isBefore(on)) {
                throw BusinessException.invalid(
                        "ABSENCE_OUTSIDE_STAY",
                        "admittedOn",
                        "An absence from " + a.getFromOn() + " would lie before the admission; withdraw it first",
                        on);
            }
        }
        requireNoOtherStay(stay, personStays, on, stay.getDischargedOn(), "admittedOn");
        if (on.isBefore(old)) {
            requireFreeBetween(firstBed, on, old, "admittedOn");
        }
        stay.rewriteAdmission(on);
    }

    /**
     * Corrects the discharge day of an ended stay (§2.2, §2.3, §2.6): the stay and its last occupancy end on
     * {@code on}. The day is not in the future, not before the admission ({@code DISCHARGE_BEFORE_ADMISSION})
     * or the last move ({@code DISCHARGE_BEFORE_LAST_MOVE}); no absence runs past it
     * ({@code ABSENCE_AFTER_DISCHARGE}); the person has no other stay over the corrected span
     * ({@code STAY_OVERLAP}); the last bed is in service and held by no other stay on the days added.
     */
    public static void correctDischarge(
            Stay stay, List<Stay> personStays, BedFacts lastBed, LocalDate on, LocalDate today) {
        requireDischarged(stay);
        notFuture(on, "dischargedOn", today);
        if (on.isBefore(stay.getAdmittedOn())) {
            throw BusinessException.invalid(
                    "DISCHARGE_BEFORE_ADMISSION",
                    "dischargedOn",
                    "Discharge cannot be before the admission on " + stay.getAdmittedOn(),
                    stay.getAdmittedOn());
        }
        List<Occupancy> occupancies = stay.getOccupancies();
        Occupancy last = occupancies.get(occupancies.size() - 1);
        if (on.isBefore(last.getFromOn()) || on.equals(last.getFromOn()) && occupancies.size() > 1) {
            throw BusinessException.invalid(
                    "DISCHARGE_BEFORE_LAST_MOVE",
                    "dischargedOn",
                    "Discharge cannot be before the move into the last bed on " + last.getFromOn(),
                    last.getFromOn());
        }
        for (Absence a : stay.getAbsences()) {
            if (a.getUntilOn().isAfter(on)) {
                throw BusinessException.conflict(
                        "ABSENCE_AFTER_DISCHARGE",
                        "dischargedOn",
                        "An absence until " + a.getUntilOn() + " is recorded after that day; withdraw it first",
                        a.getUntilOn());
            }
        }
        requireNoOtherStay(stay, personStays, stay.getAdmittedOn(), on, "dischargedOn");
        LocalDate old = stay.getDischargedOn();
        if (on.isAfter(old)) {
            requireFreeBetween(lastBed, old, on, "dischargedOn");
        }
        stay.rewriteDischarge(on);
    }

    /** Corrects why an ended stay ended. */
    public static void correctDischargeReason(Stay stay, DischargeReason reason) {
        requireDischarged(stay);
        if (reason == null) {
            throw BusinessException.invalid(
                    "DISCHARGE_REASON_REQUIRED",
                    "dischargeReason",
                    "Give a reason: RETURNED_HOME, MOVED_TO_OTHER_HOME, HOSPITAL, DECEASED or OTHER");
        }
        stay.rewriteDischargeReason(reason);
    }

    /**
     * Reopens a stay whose discharge was recorded by mistake (§2.2, §2.3): the person has no other stay
     * since its admission ({@code RESIDENT_HAS_OPEN_STAY}, {@code STAY_OVERLAP}), and its last bed is in
     * service and held by no other stay from the discharge day on ({@code BED_OCCUPIED},
     * {@code BED_OUT_OF_SERVICE}). The stay then goes on in that bed.
     */
    public static void reopen(Stay stay, List<Stay> personStays, BedFacts lastBed) {
        requireDischarged(stay);
        for (Stay s : personStays) {
            if (s != stay && s.isOpen()) {
                throw BusinessException.conflict(
                        "RESIDENT_HAS_OPEN_STAY",
                        "reopen",
                        "The resident lives in a care home since " + s.getAdmittedOn() + "; the stay cannot reopen",
                        s.getAdmittedOn());
            }
        }
        requireNoOtherStay(stay, personStays, stay.getAdmittedOn(), null, "reopen");
        requireFreeFrom(lastBed, stay.getDischargedOn(), "reopen");
        stay.rewriteAsOpen();
    }

    /**
     * Corrects the day of a transfer: the stay moved into its occupancy at {@code index} (1 or later) on
     * {@code on} (§2.3, §2.4, §2.6). The day is not in the future, after the move into the bed before
     * ({@code TRANSFER_BEFORE_LAST_MOVE}) and before the next move or the discharge
     * ({@code TRANSFER_AFTER_NEXT_MOVE}); the bed whose span grows is in service and held by no other stay
     * on the days it gains ({@code BED_OCCUPIED}, {@code BED_OUT_OF_SERVICE}).
     *
     * @param before the bed of occupancy {@code index - 1}
     * @param after  the bed of occupancy {@code index}
     */
    public static void correctTransfer(
            Stay stay, int index, BedFacts before, BedFacts after, LocalDate on, LocalDate today) {
        notFuture(on, "movedOn", today);
        List<Occupancy> occupancies = stay.getOccupancies();
        if (index < 1 || index >= occupancies.size()) {
            throw BusinessException.invalid(
                    "NOT_A_TRANSFER", "occupancyId", "That bed is where the stay began, not a transfer");
        }
        Occupancy previous = occupancies.get(index - 1);
        Occupancy moved = occupancies.get(index);
        if (!on.isAfter(previous.getFromOn())) {
            throw BusinessException.invalid(
                    "TRANSFER_BEFORE_LAST_MOVE",
                    "movedOn",
                    "A transfer must be after the resident moved into the bed before on " + previous.getFromOn(),
                    previous.getFromOn());
        }
        if (moved.getUntilOn() != null && !on.isBefore(moved.getUntilOn())) {
            throw BusinessException.invalid(
                    "TRANSFER_AFTER_NEXT_MOVE",
                    "movedOn",
                    "The resident left that bed on " + moved.getUntilOn() + "; the move into it is before",
                    moved.getUntilOn());
        }
        LocalDate old = moved.getFromOn();
        if (on.isBefore(old)) {
            requireFreeBetween(after, on, old, "movedOn");
        } else if (on.isAfter(old)) {
            requireFreeBetween(before, old, on, "movedOn");
        }
        stay.rewriteTransfer(index, on);
    }

    /**
     * Two registrations of one person are merged (docs/RULES.md §8.2): their stays become one person's, so
     * they must not overlap (§2.2, {@code STAY_OVERLAP}).
     */
    public static void requireMergeable(List<Stay> kept, List<Stay> other) {
        for (Stay s : other) {
            if (s.getDischargedOn() == null || s.getDischargedOn().isAfter(s.getAdmittedOn())) {
                requireNoOtherStay(s, kept, s.getAdmittedOn(), s.getDischargedOn(), "otherResidentId");
            } // a stay that held no day overlaps nothing
        }
    }

    /** Refuses a correction of a discharge on a stay still open ({@code STAY_NOT_DISCHARGED}). */
    private static void requireDischarged(Stay stay) {
        if (stay.isOpen()) {
            throw BusinessException.conflict(
                    "STAY_NOT_DISCHARGED", null, "The stay has not ended; there is no discharge to correct");
        }
    }

    /**
     * §2.2: no other stay of the person covers a day of {@code [from, until)} ({@code until} null: open).
     * A stay that held no day (discharged on its admission day) overlaps nothing.
     */
    static void requireNoOtherStay(Stay stay, List<Stay> personStays, LocalDate from, LocalDate until, String field) {
        for (Stay s : personStays) {
            if (s == stay || stay.getId() != null && stay.getId().equals(s.getId())) {
                continue;
            }
            LocalDate sEnd = s.getDischargedOn();
            if (sEnd != null && !sEnd.isAfter(s.getAdmittedOn())) {
                continue;
            }
            boolean overlaps =
                    (until == null || s.getAdmittedOn().isBefore(until)) && (sEnd == null || sEnd.isAfter(from));
            if (overlaps) {
                throw BusinessException.conflict(
                        "STAY_OVERLAP",
                        field,
                        "The resident has another stay from " + s.getAdmittedOn() + (sEnd == null ? "" : " to " + sEnd)
                                + "; stays never overlap",
                        sEnd == null ? s.getAdmittedOn() : sEnd);
            }
        }
    }

    /**
     * §2.3: the bed is in service on every day of {@code [from, until)} and no span in {@code bed.held()}
     * covers one of them ({@code BED_OUT_OF_SERVICE}, {@code BED_OCCUPIED}).
     */
    public static void requireFreeBetween(BedFacts bed, LocalDate from, LocalDate until, String field) {
        if (!bed.inServiceThroughout(from, until)) {
            throw BusinessException.conflict(
                    "BED_OUT_OF_SERVICE",
                    field,
                    "Bed " + bed.code() + " is not in service from " + from + " to " + until + " (" + bed.serviceDates()
                            + ")",
                    bed.code());
        }
        for (Held h : bed.held()) {
            boolean empty = h.until() != null && !h.until().isAfter(h.from());
            if (!empty
                    && h.from().isBefore(until)
                    && (h.until() == null || h.until().isAfter(from))) {
                throw BusinessException.conflict(
                        "BED_OCCUPIED",
                        field,
                        "Bed " + bed.code() + " is occupied from " + h.from()
                                + (h.until() == null ? "" : " to " + h.until()),
                        bed.code());
            }
        }
    }

    /** §2.3: the bed is in service from {@code from} on, and nobody holds it on that day or later. */
    public static void requireFreeFrom(BedFacts bed, LocalDate from, String field) {
        if (!bed.inServiceThroughout(from, null)) {
            throw BusinessException.conflict(
                    "BED_OUT_OF_SERVICE",
                    field,
                    "Bed " + bed.code() + " is not in service from " + from + " (" + bed.serviceDates() + ")",
                    bed.code());
        }
        for (Held h : bed.held()) {
            if (h.onOrAfter(from)) {
                throw BusinessException.conflict(
                        "BED_OCCUPIED",
                        field,
                        "Bed " + bed.code() + " is occupied from " + h.from()
                                + (h.until() == null ? "" : " to " + h.until()),
                        bed.code());
            }
        }
    }
}
