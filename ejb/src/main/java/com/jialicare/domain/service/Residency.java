package com.jialicare.domain.service;

import com.jialicare.domain.model.carehome.Bed;
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
            long id, long careHomeId, String code, LocalDate commissionedOn, LocalDate retiredOn, List<Held> held) {

        public BedFacts {
            held = List.copyOf(held);
        }

        /** The facts of a stored bed. */
        public static BedFacts of(Bed bed, List<Held> held) {
            return new BedFacts(
                    bed.getId(), bed.getCareHomeId(), bed.getCode(), bed.getCommissionedOn(), bed.getRetiredOn(), held);
        }

        /** In service from its commissioning day until the day before it is retired (if it is). */
        public boolean inServiceOn(LocalDate day) {
            return !day.isBefore(commissionedOn) && (retiredOn == null || day.isBefore(retiredOn));
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

    /** §2.3: the bed is in service from {@code from} on, and nobody holds it on that day or later. */
    public static void requireFreeFrom(BedFacts bed, LocalDate from, String field) {
        if (!bed.inServiceOn(from) || bed.retiredOn() != null) {
            throw BusinessException.conflict(
                    "BED_OUT_OF_SERVICE",
                    field,
                    "Bed " + bed.code() + " is not in service from " + from + " (commissioned "
                            + bed.commissionedOn() + (bed.retiredOn() == null ? "" : ", retired " + bed.retiredOn())
                            + ")",
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
