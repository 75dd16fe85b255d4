package com.jialicare.application;

import com.jialicare.application.carehome.BedsChanged;
import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.domain.model.carehome.Bed;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.stay.Absence;
import com.jialicare.domain.model.stay.AbsenceKind;
import com.jialicare.domain.model.stay.Occupancy;
import com.jialicare.domain.model.stay.Stay;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.stay.StayRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Admissions, transfers, absences and discharges (RULES.md §2). Every change that could collide
 * with another request first locks the rows it depends on — always the resident before the bed, so two
 * requests never wait on each other in a circle — and only then checks: the checks therefore see every
 * committed competitor, and the unique constraints on open stays and open occupancies back them up.
 */
@Stateless
public class StayService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller callers;

    @Inject
    private Visibility visibility;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<BedsChanged> bedsChanged;

    @Inject
    private StayRepository stays;

    /** Admits a registered person the caller sees into a vacant bed; see {@link #admit(Long, String, Long, LocalDate)}. */
    public Stay admit(Long residentId, Long bedId, LocalDate admittedOn) {
        return admit(residentId, null, bedId, admittedOn);
    }

    /**
     * Admits a registered person into a vacant bed of a home the caller manages. The person is one the
     * caller sees, named by {@code residentId}, or anyone registered in the city who has no stay on that
     * day, named by their whole {@code idNumber} (a person moving in from another home keeps one
     * registration): {@link Visibility#residentToAdmit}. Someone outside the caller's scope named by id
     * alone is not found (404), exactly as an id that does not exist; a bed of another home likewise.
     */
    public Stay admit(Long residentId, String idNumber, Long bedId, LocalDate admittedOn) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.HOME_ADMIN);
        if (idNumber == null) {
            required(residentId, "residentId");
        }
        required(bedId, "bedId");
        Dates.notFuture(admittedOn, "admittedOn", clock);
        CareHome home = homeOfBed(caller, bedId);
        Visibility.Admissible admissible = visibility.residentToAdmit(caller, residentId, idNumber);
        long id = admissible.resident().getId();
        // the checks below read the stays of this person: they wait here for any other change of them
        em.find(Resident.class, id, LockModeType.PESSIMISTIC_WRITE);
        Bed bed = em.find(Bed.class, bedId);
        em.refresh(bed, LockModeType.PESSIMISTIC_WRITE); // read again under the lock: retired meanwhile?

        for (Stay s : stays.ofResident(id)) {
            if (s.isOpen()) {
                if (!admissible.inScope()) {
                    // they proved the whole ID number, not that they may read where the person lives
                    throw BusinessException.conflict("RESIDENT_LIVES_ELSEWHERE", "idNumber",
                            "The person lives in another care home now; they must be discharged there first");
                }
                throw BusinessException.conflict("RESIDENT_HAS_OPEN_STAY", "residentId",
                        "The resident already lives in a care home since " + s.getAdmittedOn()
                                + "; discharge them there first", s.getAdmittedOn());
            }
            if (s.getDischargedOn().isAfter(admittedOn)) {
                throw BusinessException.conflict("STAY_OVERLAP", "admittedOn",
                        "The resident had a stay until " + s.getDischargedOn() + "; stays never overlap",
                        s.getDischargedOn());
            }
        }
        requireBedFreeFrom(bed, admittedOn, "bedId");
        Stay stay = new Stay(id, home.getId(), bedId, admittedOn);
        em.persist(stay);
        em.flush();
        bedsChanged.fire(new BedsChanged(home.getId()));
        audit.record("ADMITTED", "Stay", stay.getId(), "resident " + id + " into bed " + bed.getCode()
                + " of " + home.getName() + " on " + admittedOn);
        return loaded(stay);
    }

    /** The home of a bed the caller manages; a bed of any other home is not found, as one that does not exist. */
    private CareHome homeOfBed(Caller caller, long bedId) {
        Bed bed = em.find(Bed.class, bedId);
        CareHome home = bed == null ? null : em.find(CareHome.class, bed.getCareHomeId());
        if (home == null || !caller.seesCareHome(home.getId(), home.getCountyCode())) {
            throw BusinessException.notFound("BED_NOT_FOUND", "No bed " + bedId, bedId);
        }
        return home;
    }

    public Stay transfer(long stayId, Long bedId, LocalDate on) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.HOME_ADMIN);
        Stay stay = visible(caller, stayId);
        required(bedId, "bedId");
        Dates.notFuture(on, "on", clock);
        em.find(Resident.class, stay.getResidentId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(stay);
        // a bed of another home is refused like one that does not exist, before anything of it is locked
        Bed found = em.find(Bed.class, bedId);
        if (found == null || found.getCareHomeId() != stay.getCareHomeId()) {
            throw BusinessException.invalid("BED_NOT_IN_HOME", "bedId",
                    "A transfer moves to another bed of the same home; moving homes is a discharge and a new "
                            + "admission", bedId);
        }
        Bed bed = found;
        em.refresh(bed, LockModeType.PESSIMISTIC_WRITE); // read again under the lock: retired meanwhile?
        if (!stay.isOpen()) {
            throw BusinessException.conflict("STAY_CLOSED", null, "The stay ended on " + stay.getDischargedOn());
        }
        requireBedFreeFrom(bed, on, "bedId");
        stay.leaveCurrentBed(bedId, on);
        em.flush();
        Occupancy next = stay.moveInto(bedId, on);
        em.persist(next);
        em.flush();
        bedsChanged.fire(new BedsChanged(stay.getCareHomeId()));
        audit.record("TRANSFERRED", "Stay", stay.getId(), "to bed " + bed.getCode() + " on " + on);
        return loaded(stay);
    }

    public Absence recordAbsence(long stayId, LocalDate from, LocalDate until, AbsenceKind kind, String note) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.HOME_ADMIN);
        Stay stay = visible(caller, stayId);
        Dates.notFuture(from, "from", clock);
        Dates.required(until, "until"); // a planned absence may end in the future, but within a year
        if (until.isAfter(LocalDate.now(clock).plusYears(1))) {
            throw BusinessException.invalid("ABSENCE_END_TOO_FAR", "until",
                    "A planned absence ends at most a year from today; record a longer one when it is known", until);
        }
        em.lock(stay, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(stay);
        Absence absence = stay.recordAbsence(from, until, kind, Text.optional(note, "note", 300));
        em.persist(absence);
        em.flush();
        audit.record("ABSENCE_RECORDED", "Stay", stay.getId(), absence.getKind() + " " + from + " to " + until);
        return absence;
    }

    public Stay discharge(long stayId, LocalDate on, DischargeReason reason) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.HOME_ADMIN);
        Stay stay = visible(caller, stayId);
        Dates.notFuture(on, "on", clock);
        em.find(Resident.class, stay.getResidentId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(stay);
        stay.discharge(on, reason);
        em.flush();
        bedsChanged.fire(new BedsChanged(stay.getCareHomeId()));
        audit.record("DISCHARGED", "Stay", stay.getId(), "on " + on + " (" + reason + ")");
        return loaded(stay);
    }

    public Stay get(long stayId) {
        return loaded(visible(callers.get(), stayId));
    }

    /** Stays leave the service whole: the REST and JSF adapters read them after the transaction. */
    private static Stay loaded(Stay stay) {
        stay.getOccupancies().size();
        stay.getAbsences().size();
        return stay;
    }

    /** Stays of a resident the caller may see, newest first, with their beds and absences. */
    public List<Stay> ofResident(long residentId) {
        Caller caller = callers.get();
        visibility.resident(caller, residentId);
        return stays.ofResidentNewestFirst(residentId).stream()
                .filter(s -> visibility.sees(caller, s)).map(StayService::loaded).toList();
    }

    private Stay visible(Caller caller, long stayId) {
        return visibility.stay(caller, stayId);
    }

    /** The bed is in service from {@code from} on, and nobody occupies it on that day or later. */
    private void requireBedFreeFrom(Bed bed, LocalDate from, String field) {
        if (!bed.inServiceOn(from) || bed.getRetiredOn() != null) {
            throw BusinessException.conflict("BED_OUT_OF_SERVICE", field,
                    "Bed " + bed.getCode() + " is not in service from " + from + " (commissioned "
                            + bed.getCommissionedOn() + (bed.getRetiredOn() == null ? "" : ", retired "
                            + bed.getRetiredOn()) + ")", bed.getCode());
        }
        stays.occupancyOfBedOnOrAfter(bed.getId(), from).ifPresent(t -> {
            throw BusinessException.conflict("BED_OCCUPIED", field, "Bed " + bed.getCode() + " is occupied from "
                    + t.from() + (t.until() == null ? "" : " to " + t.until()), bed.getCode());
        });
    }

    private static void required(Long id, String field) {
        if (id == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", field, field + " is required");
        }
    }
}
