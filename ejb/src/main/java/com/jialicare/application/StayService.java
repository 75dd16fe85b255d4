package com.jialicare.application;

import com.jialicare.application.carehome.BedsChanged;
import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.domain.model.audit.CorrectionReason;
import com.jialicare.domain.model.audit.FieldChange;
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
import com.jialicare.domain.service.Residency;
import com.jialicare.infrastructure.persistence.stay.StayRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Admissions, transfers, absences and discharges. The rules are {@link Residency}'s (RULES.md §2); this service
 * checks the caller, locks, loads the facts, asks the rules, stores and audits. Every change that could collide
 * with another request first locks the rows it depends on — always the resident before the bed, so two
 * requests never wait on each other in a circle — and only then loads the facts: the rules therefore see every
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
        LocalDate today = LocalDate.now(clock);
        Residency.notFuture(admittedOn, "admittedOn", today);
        CareHome home = homeOfBed(caller, bedId);
        home.requireOpenOn(admittedOn, "admittedOn"); // docs/RULES.md §8.1: no admissions from the closing day
        Visibility.Admissible admissible = visibility.residentToAdmit(caller, residentId, idNumber);
        long id = admissible.resident().getId();
        // the rules below read the stays of this person: they wait here for any other change of them
        em.find(Resident.class, id, LockModeType.PESSIMISTIC_WRITE);
        Bed bed = em.find(Bed.class, bedId);
        em.refresh(bed, LockModeType.PESSIMISTIC_WRITE); // read again under the lock: retired meanwhile?

        Stay stay = Residency.admit(
                id, stays.ofResident(id), admissible.inScope(), bedFactsFrom(bed, admittedOn), admittedOn, today);
        em.persist(stay);
        em.flush();
        bedsChanged.fire(new BedsChanged(home.getId()));
        audit.record(
                "ADMITTED",
                "Stay",
                stay.getId(),
                "resident " + id + " into bed " + bed.getCode() + " of " + home.getName() + " on " + admittedOn);
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
        LocalDate today = LocalDate.now(clock);
        Residency.notFuture(on, "on", today);
        em.find(Resident.class, stay.getResidentId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(stay);
        // a bed of another home is refused like one that does not exist, before anything of it is locked
        Bed bed = em.find(Bed.class, bedId);
        Residency.requireSameHome(stay, bedId, bed == null ? null : bed.getCareHomeId());
        em.refresh(bed, LockModeType.PESSIMISTIC_WRITE); // read again under the lock: retired meanwhile?
        Residency.BedFacts next = bedFactsFrom(bed, on);
        Residency.moveOut(stay, next, on, today);
        em.flush(); // the database allows one open occupancy per stay: the old one ends first
        em.persist(Residency.moveIn(stay, next, on));
        em.flush();
        bedsChanged.fire(new BedsChanged(stay.getCareHomeId()));
        audit.record("TRANSFERRED", "Stay", stay.getId(), "to bed " + bed.getCode() + " on " + on);
        return loaded(stay);
    }

    public Absence recordAbsence(long stayId, LocalDate from, LocalDate until, AbsenceKind kind, String note) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.HOME_ADMIN);
        Stay stay = visible(caller, stayId);
        LocalDate today = LocalDate.now(clock);
        Residency.notFuture(from, "from", today);
        em.lock(stay, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(stay);
        Absence absence = Residency.recordAbsence(stay, from, until, kind, Text.optional(note, "note", 300), today);
        em.persist(absence);
        em.flush();
        bedsChanged.fire(new BedsChanged(stay.getCareHomeId())); // the board's tiles show who is away
        audit.record("ABSENCE_RECORDED", "Stay", stay.getId(), absence.getKind() + " " + from + " to " + until);
        return absence;
    }

    public Stay discharge(long stayId, LocalDate on, DischargeReason reason) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.HOME_ADMIN);
        Stay stay = visible(caller, stayId);
        LocalDate today = LocalDate.now(clock);
        Residency.notFuture(on, "on", today);
        em.find(Resident.class, stay.getResidentId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(stay);
        Residency.discharge(stay, on, reason, today);
        em.flush();
        bedsChanged.fire(new BedsChanged(stay.getCareHomeId()));
        audit.record("DISCHARGED", "Stay", stay.getId(), "on " + on + " (" + reason + ")");
        return loaded(stay);
    }

    /**
     * Ends an open stay on the day a death reported from outside names (docs/RULES.md §8.5), reason
     * {@code DECEASED}: the same checks, locks, bed-board refresh as a discharge; audited as a change from that day
     * whose reason names the list ({@code source}). For the auditors whose scope holds the stay's home; else 404.
     */
    public Stay endOnReportedDeath(long stayId, LocalDate on, String source) {
        Caller caller = callers.get();
        caller.require(Role.COUNTY_AUDITOR, Role.CITY_AUDITOR);
        Stay stay = visible(caller, stayId);
        LocalDate today = LocalDate.now(clock);
        Residency.notFuture(on, "date", today);
        em.find(Resident.class, stay.getResidentId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(stay);
        Residency.discharge(stay, on, DischargeReason.DECEASED, today);
        em.flush();
        bedsChanged.fire(new BedsChanged(stay.getCareHomeId()));
        audit.recordChange(
                "STAY_ENDED_BY_REPORT",
                "Stay",
                stay.getId(),
                on,
                source,
                List.of(
                        FieldChange.of("dischargedOn", null, on),
                        FieldChange.of("dischargeReason", null, DischargeReason.DECEASED)));
        return loaded(stay);
    }

    /**
     * A correction of a stay (docs/RULES.md §8.2): any of the admission day, a transfer's day (the move into
     * occupancy {@code occupancyId}), the discharge day and reason, or a discharge recorded by mistake undone
     * ({@code reopen}). Each rewrites the fact as if it had always been so.
     */
    public record StayCorrection(
            String reason,
            LocalDate admittedOn,
            LocalDate dischargedOn,
            DischargeReason dischargeReason,
            boolean reopen,
            Long occupancyId,
            LocalDate movedOn) {}

    /** Who may correct a stay: the home's administrator, the auditors of its county and city, and ADMIN. */
    private static final Role[] CORRECTORS = {Role.ADMIN, Role.HOME_ADMIN, Role.COUNTY_AUDITOR, Role.CITY_AUDITOR};

    /**
     * Corrects a stay (docs/RULES.md §8.2). Every correction is checked against §2 by {@link Residency} like a
     * new entry, under the same locks: the person, then every bed the stay held, in id order (an admission
     * locks its person, then its bed), so a correction and an admission or another correction into the same
     * days of a bed run one after the other, and the later sees the earlier. The old and new values go to the
     * audit trail with the reason. Outside the caller's scope: 404.
     */
    public Stay correct(long stayId, StayCorrection c) {
        Caller caller = callers.get();
        caller.require(CORRECTORS);
        Stay stay = visible(caller, stayId);
        String reason = CorrectionReason.require(c.reason());
        Text.checkCharacters(reason, "reason");
        if (c.admittedOn() == null
                && c.dischargedOn() == null
                && c.dischargeReason() == null
                && !c.reopen()
                && c.occupancyId() == null
                && c.movedOn() == null) {
            throw BusinessException.invalid(
                    "NOTHING_TO_CORRECT",
                    null,
                    "Give what to correct: admittedOn, dischargedOn, dischargeReason, occupancyId with movedOn, "
                            + "or reopen");
        }
        if (c.reopen() && (c.dischargedOn() != null || c.dischargeReason() != null)) {
            throw BusinessException.invalid(
                    "REOPEN_WITH_DISCHARGE",
                    "reopen",
                    "A reopened stay has no discharge: give reopen or a discharge correction, not both");
        }
        if (c.occupancyId() != null && c.movedOn() == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", "movedOn", "movedOn is required with occupancyId");
        }
        if (c.movedOn() != null && c.occupancyId() == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", "occupancyId", "occupancyId is required with movedOn");
        }
        LocalDate today = LocalDate.now(clock);
        if (c.admittedOn() != null) {
            Residency.notFuture(c.admittedOn(), "admittedOn", today);
        }
        if (c.dischargedOn() != null) {
            Residency.notFuture(c.dischargedOn(), "dischargedOn", today);
        }
        if (c.movedOn() != null) {
            Residency.notFuture(c.movedOn(), "movedOn", today);
        }

        // the same locks as a new entry: the person first, then the beds in id order
        em.find(Resident.class, stay.getResidentId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(stay);
        Map<Long, Bed> beds = new LinkedHashMap<>();
        stay.getOccupancies().stream()
                .map(Occupancy::getBedId)
                .distinct()
                .sorted()
                .forEach(id -> {
                    Bed bed = em.find(Bed.class, id);
                    em.refresh(bed, LockModeType.PESSIMISTIC_WRITE);
                    beds.put(id, bed);
                });
        List<Stay> personStays = stays.ofResident(stay.getResidentId());
        List<FieldChange> changes = new ArrayList<>();

        if (c.admittedOn() != null && !c.admittedOn().equals(stay.getAdmittedOn())) {
            LocalDate old = stay.getAdmittedOn();
            Occupancy first = stay.getOccupancies().get(0);
            Residency.correctAdmission(stay, personStays, othersFacts(beds, first, stay), c.admittedOn(), today);
            changes.add(FieldChange.of("admittedOn", old, c.admittedOn()));
        }
        if (c.occupancyId() != null) {
            List<Occupancy> occupancies = stay.getOccupancies();
            int index = -1;
            for (int i = 0; i < occupancies.size(); i++) {
                if (c.occupancyId().equals(occupancies.get(i).getId())) {
                    index = i;
                }
            }
            if (index < 0) {
                throw BusinessException.invalid(
                        "OCCUPANCY_NOT_FOUND",
                        "occupancyId",
                        "The stay has no bed period " + c.occupancyId() + " (see its beds)",
                        c.occupancyId());
            }
            Occupancy moved = occupancies.get(index);
            LocalDate old = moved.getFromOn();
            if (!c.movedOn().equals(old)) {
                Residency.BedFacts before = index == 0 ? null : othersFacts(beds, occupancies.get(index - 1), stay);
                Residency.correctTransfer(stay, index, before, othersFacts(beds, moved, stay), c.movedOn(), today);
                changes.add(FieldChange.of("beds[" + moved.getId() + "].from", old, c.movedOn()));
            }
        }
        if (c.dischargedOn() != null && !c.dischargedOn().equals(stay.getDischargedOn())) {
            LocalDate old = stay.getDischargedOn();
            Occupancy last = stay.getOccupancies().get(stay.getOccupancies().size() - 1);
            Residency.correctDischarge(stay, personStays, othersFacts(beds, last, stay), c.dischargedOn(), today);
            changes.add(FieldChange.of("dischargedOn", old, c.dischargedOn()));
        }
        if (c.dischargeReason() != null && c.dischargeReason() != stay.getDischargeReason()) {
            DischargeReason old = stay.getDischargeReason();
            Residency.correctDischargeReason(stay, c.dischargeReason());
            changes.add(FieldChange.of("dischargeReason", old, c.dischargeReason()));
        }
        if (c.reopen()) {
            LocalDate oldOn = stay.getDischargedOn();
            DischargeReason oldReason = stay.getDischargeReason();
            Occupancy last = stay.getOccupancies().get(stay.getOccupancies().size() - 1);
            Residency.reopen(stay, personStays, othersFacts(beds, last, stay));
            changes.add(FieldChange.of("dischargedOn", oldOn, null));
            changes.add(FieldChange.of("dischargeReason", oldReason, null));
        }
        if (changes.isEmpty()) {
            throw BusinessException.invalid(
                    "NOTHING_TO_CORRECT", null, "The stay already has these values; nothing to correct");
        }
        em.flush();
        bedsChanged.fire(new BedsChanged(stay.getCareHomeId()));
        audit.recordCorrection("STAY_CORRECTED", "Stay", stay.getId(), reason, changes);
        return loaded(stay);
    }

    /**
     * Withdraws an absence entered by mistake (docs/RULES.md §8.2): it is kept, marked with who, when and
     * why, and counts for nothing any more (the board, the subsidies, the rules of the stay).
     */
    public Stay withdrawAbsence(long stayId, long absenceId, String reason) {
        Caller caller = callers.get();
        caller.require(CORRECTORS);
        Stay stay = visible(caller, stayId);
        String why = CorrectionReason.require(reason);
        Text.checkCharacters(why, "reason");
        em.lock(stay, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(stay);
        Absence absence = stay.getRecordedAbsences().stream()
                .filter(a -> a.getId() == absenceId)
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound(
                        "ABSENCE_NOT_FOUND", "The stay has no absence " + absenceId, absenceId));
        absence.withdraw(caller.username(), clock.instant(), why);
        em.flush();
        bedsChanged.fire(new BedsChanged(stay.getCareHomeId()));
        audit.recordCorrection(
                "ABSENCE_WITHDRAWN",
                "Stay",
                stay.getId(),
                why,
                List.of(FieldChange.of(
                        "absences[" + absenceId + "]",
                        absence.getKind() + " " + absence.getFromOn() + " to " + absence.getUntilOn(),
                        "withdrawn")));
        return loaded(stay);
    }

    /** The locked bed of an occupancy and the spans other stays hold it: what a correction is checked against. */
    private Residency.BedFacts othersFacts(Map<Long, Bed> beds, Occupancy occupancy, Stay stay) {
        Bed bed = beds.get(occupancy.getBedId());
        return Residency.BedFacts.of(bed, stays.heldByOthers(bed.getId(), stay.getId()));
    }

    public Stay get(long stayId) {
        return loaded(visible(callers.get(), stayId));
    }

    /** Stays leave the service whole: the REST and JSF adapters read them after the transaction. */
    private static Stay loaded(Stay stay) {
        stay.getOccupancies().size();
        stay.getRecordedAbsences().size();
        return stay;
    }

    /** Stays of a resident the caller may see, newest first, with their beds and absences. */
    public List<Stay> ofResident(long residentId) {
        Caller caller = callers.get();
        visibility.resident(caller, residentId);
        return stays.ofResidentNewestFirst(residentId).stream()
                .filter(s -> visibility.sees(caller, s))
                .map(StayService::loaded)
                .toList();
    }

    private Stay visible(Caller caller, long stayId) {
        return visibility.stay(caller, stayId);
    }

    /** The locked bed and the spans it is held from {@code day} on: what {@link Residency} checks. */
    private Residency.BedFacts bedFactsFrom(Bed bed, LocalDate day) {
        return Residency.BedFacts.of(bed, stays.heldOnOrAfter(bed.getId(), day));
    }

    private static void required(Long id, String field) {
        if (id == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", field, field + " is required");
        }
    }
}
