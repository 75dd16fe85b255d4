package com.jialicare.application;

import com.jialicare.application.carehome.BedsChanged;
import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.domain.model.audit.CorrectionReason;
import com.jialicare.domain.model.audit.FieldChange;
import com.jialicare.domain.model.carehome.Bed;
import com.jialicare.domain.model.carehome.BedChangeKind;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.carehome.HomeFactKind;
import com.jialicare.domain.model.carehome.PremisesTerm;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CreditCode;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.carehome.BedRepository;
import com.jialicare.infrastructure.persistence.carehome.CareHomeRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes and corrections of a care home's filing facts and of its beds (docs/RULES.md §8.1–8.2).
 *
 * <p>A change ({@link #change}) adds an entry to one of the home's dated histories; a correction
 * ({@link #correct}, {@link #correctBed}) rewrites a fact as if it had always been so and needs a reason. Both are
 * for the auditors of the home's county, the city's auditors and the administrator (a bed's correction also for
 * the home's own administrator, who enters its beds); outside the scope 404, as a home that does not exist; a
 * home's administrator gets 403 for their own home's filing facts. Every one locks the home (or bed), checks
 * everything before it changes anything, and records the old and new values in the audit trail.
 */
@Stateless
public class CareHomeChangeService {

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
    private CareHomeRepository homes;

    @Inject
    private BedRepository beds;

    @Inject
    private Event<BedsChanged> bedsChanged;

    /** A change on {@code effectiveOn}: the value fields of its kind. */
    public record HomeChange(
            HomeFactKind kind,
            LocalDate effectiveOn,
            Ownership ownership,
            Premises premises,
            LocalDate leaseEndsOn,
            Integer filedBeds) {}

    /**
     * A correction: any of name, credit code and filing day; and/or one history entry ({@code historyKind} and its
     * {@code effectiveOn}) withdrawn, or given its right value (the value fields of its kind).
     */
    public record HomeCorrection(
            String reason,
            String name,
            String creditCode,
            LocalDate filedOn,
            HomeFactKind historyKind,
            LocalDate effectiveOn,
            boolean withdraw,
            Ownership ownership,
            Premises premises,
            LocalDate leaseEndsOn,
            Integer filedBeds) {}

    /** A bed's dated change (§8.1): its kind, and the day it takes effect. */
    public record BedChange(BedChangeKind kind, LocalDate effectiveOn) {}

    /** A bed's correction: any of code, room and commissioning day, or back in service. */
    public record BedCorrection(String reason, String code, String room, LocalDate commissionedOn, boolean reinstate) {}

    /**
     * Records a change of the home's ownership, premises, filed capacity, or its closing (§8.1).
     *
     * @throws BusinessException 404 {@code CARE_HOME_NOT_FOUND}; 403 {@code ROLE_NOT_ALLOWED}; 400
     *     {@code KIND_REQUIRED}, {@code DATE_REQUIRED}, {@code DATE_IN_FUTURE}, {@code OWNERSHIP_REQUIRED},
     *     {@code PREMISES_REQUIRED}, {@code LEASE_END_REQUIRED}, {@code LEASE_END_NOT_ALLOWED},
     *     {@code FILED_BEDS_REQUIRED}, {@code INVALID_FILED_BEDS}; 409 {@code DUPLICATE_EFFECTIVE_DATE},
     *     {@code HOME_CLOSED}, {@code HOME_HAS_RESIDENTS}
     */
    public CareHome change(long homeId, HomeChange c) {
        Caller caller = callers.get();
        CareHome home = visibility.home(caller, homeId);
        requireAuditor(caller);
        if (c.kind() == null) {
            throw BusinessException.invalid(
                    "KIND_REQUIRED", "kind", "kind is required: OWNERSHIP, PREMISES, FILED_BEDS or CLOSED");
        }
        LocalDate on = Dates.notFuture(Dates.required(c.effectiveOn(), "effectiveOn"), "effectiveOn", clock);
        em.refresh(home, LockModeType.PESSIMISTIC_WRITE);
        List<FieldChange> changes = new ArrayList<>();
        String action;
        switch (c.kind()) {
            case OWNERSHIP -> {
                Ownership before = home.changeOwnership(on, c.ownership());
                changes.add(FieldChange.of("ownership", before, c.ownership()));
                action = "OWNERSHIP_CHANGED";
            }
            case PREMISES -> {
                PremisesTerm after = new PremisesTerm(c.premises(), c.leaseEndsOn());
                PremisesTerm before = home.changePremises(on, after);
                changes.add(FieldChange.of("premises", before == null ? null : before.premises(), after.premises()));
                changes.add(FieldChange.of(
                        "leaseEndsOn", before == null ? null : before.leaseEndsOn(), after.leaseEndsOn()));
                action = "PREMISES_CHANGED";
            }
            case FILED_BEDS -> {
                Integer before = home.changeFiledBeds(on, c.filedBeds());
                changes.add(FieldChange.of("filedBeds", before, c.filedBeds()));
                action = "FILED_BEDS_CHANGED";
            }
            case CLOSED -> {
                if (home.getClosedOn() == null && homes.hasStaysOnOrAfter(homeId, on)) {
                    throw BusinessException.conflict(
                            "HOME_HAS_RESIDENTS",
                            "effectiveOn",
                            "Residents stay in the home on or after {0}: discharge them first",
                            on);
                }
                home.close(on);
                changes.add(FieldChange.of("closedOn", null, on));
                action = "CARE_HOME_CLOSED";
            }
            default -> throw new IllegalStateException(c.kind().name());
        }
        em.flush();
        audit.recordChange(action, "CareHome", homeId, on, changes);
        if (c.kind() == HomeFactKind.CLOSED) {
            bedsChanged.fire(new BedsChanged(homeId));
        }
        return loaded(home);
    }

    /**
     * Corrects the home's filing data or one entry of its histories (§8.2).
     *
     * @throws BusinessException 400 {@code REASON_REQUIRED}, {@code REASON_TOO_LONG}, {@code NOTHING_TO_CORRECT},
     *     and as a new home's or a change's fields; 404 {@code CARE_HOME_NOT_FOUND}, {@code NO_SUCH_ENTRY}; 403
     *     {@code ROLE_NOT_ALLOWED}; 409 {@code CREDIT_CODE_TAKEN}, {@code LAST_ENTRY}
     */
    public CareHome correct(long homeId, HomeCorrection c) {
        Caller caller = callers.get();
        CareHome home = visibility.home(caller, homeId);
        requireAuditor(caller);
        String reason = reason(c.reason());
        if (c.name() == null && c.creditCode() == null && c.filedOn() == null && c.historyKind() == null) {
            throw BusinessException.invalid(
                    "NOTHING_TO_CORRECT",
                    "reason",
                    "Give what to correct: name, creditCode, filedOn, or historyKind with effectiveOn");
        }
        // every field is checked before anything changes
        String name = c.name() == null ? null : Text.required(c.name(), "name", 200);
        String code =
                c.creditCode() == null ? null : CreditCode.of(c.creditCode()).value();
        LocalDate filedOn = c.filedOn() == null ? null : Dates.notFuture(c.filedOn(), "filedOn", clock);
        LocalDate entryDay = null;
        if (c.historyKind() != null) {
            // entries are never dated in the future
            entryDay = Dates.notFuture(Dates.required(c.effectiveOn(), "effectiveOn"), "effectiveOn", clock);
        }
        em.refresh(home, LockModeType.PESSIMISTIC_WRITE);
        if (code != null && !code.equals(home.getCreditCode()) && homes.creditCodeTakenByAnother(code, homeId)) {
            throw BusinessException.conflict(
                    "CREDIT_CODE_TAKEN",
                    "creditCode",
                    "A care home with credit code " + code + " is already filed",
                    code);
        }
        List<FieldChange> changes = new ArrayList<>();
        if (c.historyKind() != null) {
            String field = historyField(c.historyKind());
            if (c.withdraw()) {
                Object before = home.withdraw(c.historyKind(), entryDay);
                changes.add(FieldChange.of(field, entryDay + " " + before, null));
            } else {
                PremisesTerm premises = c.historyKind() == HomeFactKind.PREMISES
                        ? new PremisesTerm(c.premises(), c.leaseEndsOn())
                        : null;
                Object before = home.correctEntry(c.historyKind(), entryDay, c.ownership(), premises, c.filedBeds());
                Object after = switch (c.historyKind()) {
                    case OWNERSHIP -> c.ownership();
                    case PREMISES -> premises;
                    default -> c.filedBeds();
                };
                changes.add(FieldChange.of(field, entryDay + " " + before, entryDay + " " + after));
            }
        }
        if (name != null && !name.equals(home.getName())) {
            changes.add(FieldChange.of("name", home.getName(), name));
            home.correctName(name);
        }
        if (code != null && !code.equals(home.getCreditCode())) {
            changes.add(FieldChange.of("creditCode", home.getCreditCode(), code));
            home.correctCreditCode(code);
        }
        if (filedOn != null && !filedOn.equals(home.getFiledOn())) {
            changes.add(FieldChange.of("filedOn", home.getFiledOn(), filedOn));
            home.correctFiledOn(filedOn);
        }
        em.flush();
        audit.recordCorrection("CARE_HOME_CORRECTED", "CareHome", homeId, reason, changes);
        if (c.historyKind() == HomeFactKind.CLOSED) {
            bedsChanged.fire(new BedsChanged(homeId));
        }
        return loaded(home);
    }

    /**
     * Corrects a bed's code, room or commissioning day, or returns a bed retired by mistake to service (§8.2).
     *
     * @throws BusinessException 400 {@code REASON_REQUIRED}, {@code NOTHING_TO_CORRECT}, {@code FIELD_REQUIRED},
     *     {@code DATE_IN_FUTURE}, {@code RETIRED_BEFORE_COMMISSIONED}; 404 {@code CARE_HOME_NOT_FOUND},
     *     {@code BED_NOT_FOUND}; 403 {@code ROLE_NOT_ALLOWED}; 409 {@code BED_CODE_TAKEN},
     *     {@code COMMISSIONED_AFTER_OCCUPANCY}, {@code BED_NOT_RETIRED}, {@code HOME_CLOSED}
     */
    public Bed correctBed(long homeId, long bedId, BedCorrection c) {
        Caller caller = callers.get();
        CareHome home = visibility.home(caller, homeId);
        caller.require(Role.ADMIN, Role.CITY_AUDITOR, Role.COUNTY_AUDITOR, Role.HOME_ADMIN);
        String reason = reason(c.reason());
        if (c.code() == null && c.room() == null && c.commissionedOn() == null && !c.reinstate()) {
            throw BusinessException.invalid(
                    "NOTHING_TO_CORRECT", "reason", "Give what to correct: code, room, commissionedOn or reinstate");
        }
        String code = c.code() == null ? null : Text.required(c.code(), "code", 32);
        String room = c.room() == null ? null : Text.required(c.room(), "room", 64);
        LocalDate today = LocalDate.now(clock);
        LocalDate commissionedOn =
                c.commissionedOn() == null ? null : Dates.notFuture(c.commissionedOn(), "commissionedOn", clock);
        Bed bed = em.find(Bed.class, bedId, LockModeType.PESSIMISTIC_WRITE);
        if (bed == null || bed.getCareHomeId() != homeId) {
            throw BusinessException.notFound("BED_NOT_FOUND", "No bed " + bedId + " in this home", bedId);
        }
        if (code != null && !code.equals(bed.getCode()) && beds.codeTakenByAnother(homeId, code, bedId)) {
            throw BusinessException.conflict(
                    "BED_CODE_TAKEN", "code", "Bed " + code + " already exists in this home", code);
        }
        List<FieldChange> changes = new ArrayList<>();
        if (commissionedOn != null && !commissionedOn.equals(bed.getCommissionedOn())) {
            home.requireOpenOn(commissionedOn, "commissionedOn");
            LocalDate before = bed.getCommissionedOn();
            bed.correctCommissionedOn(commissionedOn, beds.firstOccupied(bedId));
            changes.add(FieldChange.of("commissionedOn", before, commissionedOn));
        }
        if (c.reinstate()) {
            home.requireOpenOn(today, "reinstate");
            LocalDate was = bed.reinstate();
            changes.add(FieldChange.of("retiredOn", was, null));
        }
        if (code != null && !code.equals(bed.getCode())) {
            changes.add(FieldChange.of("code", bed.getCode(), code));
            bed.correctCode(code);
        }
        if (room != null && !room.equals(bed.getRoom())) {
            changes.add(FieldChange.of("room", bed.getRoom(), room));
            bed.correctRoom(room);
        }
        em.flush();
        audit.recordCorrection(c.reinstate() ? "BED_REINSTATED" : "BED_CORRECTED", "Bed", bedId, reason, changes);
        bedsChanged.fire(new BedsChanged(homeId));
        return bed;
    }

    /**
     * Records a dated change of a bed (§8.1): a retired bed back in service from a day after its retirement, not
     * after today; the days from its retirement to the day before stay out of service in its history (bed board,
     * admissions and transfers, construction subsidy). By whom a bed is retired: the home's administrator and the
     * administrator.
     *
     * @throws BusinessException 400 {@code KIND_REQUIRED}, {@code DATE_REQUIRED}, {@code DATE_IN_FUTURE},
     *     {@code RETURNED_BEFORE_RETIRED}; 404 {@code CARE_HOME_NOT_FOUND}, {@code BED_NOT_FOUND}; 403
     *     {@code ROLE_NOT_ALLOWED}; 409 {@code BED_NOT_RETIRED}, {@code HOME_CLOSED}
     */
    public Bed changeBed(long homeId, long bedId, BedChange c) {
        Caller caller = callers.get();
        CareHome home = visibility.home(caller, homeId);
        caller.require(Role.ADMIN, Role.HOME_ADMIN);
        if (c.kind() == null) {
            throw BusinessException.invalid("KIND_REQUIRED", "kind", "kind is required: RETURNED_TO_SERVICE");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = Dates.notFuture(Dates.required(c.effectiveOn(), "effectiveOn"), "effectiveOn", clock);
        Bed bed = em.find(Bed.class, bedId, LockModeType.PESSIMISTIC_WRITE);
        if (bed == null || bed.getCareHomeId() != homeId) {
            throw BusinessException.notFound("BED_NOT_FOUND", "No bed " + bedId + " in this home", bedId);
        }
        home.requireOpenOn(on, "effectiveOn");
        List<FieldChange> changes = new ArrayList<>();
        switch (c.kind()) {
            case RETURNED_TO_SERVICE -> {
                LocalDate retired = bed.returnToService(on, today);
                changes.add(FieldChange.of("retiredOn", retired, null));
                changes.add(FieldChange.of("returnedOn", null, on));
            }
            default -> throw new IllegalStateException(c.kind().name());
        }
        em.flush();
        audit.recordChange("BED_RETURNED_TO_SERVICE", "Bed", bedId, on, changes);
        bedsChanged.fire(new BedsChanged(homeId));
        bed.getOutages(); // read in the transaction, for the answer
        return bed;
    }

    /** The home with its histories read (the caller shows them after the transaction). */
    private static CareHome loaded(CareHome home) {
        home.ownershipHistory();
        return home;
    }

    /** The reason checked first (§8.2), and its characters as any text's. */
    private static String reason(String given) {
        String reason = CorrectionReason.require(given);
        Text.checkCharacters(reason, "reason");
        return reason;
    }

    /** The REST name of a history. */
    static String historyField(HomeFactKind kind) {
        return switch (kind) {
            case OWNERSHIP -> "ownershipHistory";
            case PREMISES -> "premisesHistory";
            case FILED_BEDS -> "filedBedsHistory";
            case CLOSED -> "closedOn";
        };
    }

    /** The filing facts: the county's and the city's auditors and the administrator. */
    private static void requireAuditor(Caller caller) {
        caller.require(Role.ADMIN, Role.CITY_AUDITOR, Role.COUNTY_AUDITOR);
    }
}
