package com.jialicare.application;

import com.jialicare.application.carehome.BedsChanged;
import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.domain.model.audit.CorrectionReason;
import com.jialicare.domain.model.audit.FieldChange;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.resident.ResidentFactKind;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.DatedHistory;
import com.jialicare.domain.model.shared.DivisionCode;
import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.resident.ResidentRepository;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes and corrections of a resident (docs/RULES.md §8.1–8.2): a change of hukou or state support from a
 * day on adds to its dated history; a correction (with a reason) rewrites a name, an ID number, or an entry of
 * a history as if it had always been so, or withdraws an entry entered by mistake. Open to the resident's
 * home's administrator, the auditors whose scope includes the resident, and the administrator (the ID number
 * only to auditors and the administrator); outside the scope 404. Every write happens under a lock on the
 * resident, after every check, and is recorded in the audit trail with each field's old and new value.
 */
@Stateless
public class ResidentFactsService {

    /** A change (§8.1): {@code kind} HUKOU with {@code hukouCode}, or STATE_SUPPORT with {@code stateSupported}. */
    public record Change(ResidentFactKind kind, LocalDate effectiveOn, String hukouCode, Boolean stateSupported) {}

    /**
     * A correction (§8.2): a {@code reason} and any of a {@code name}, an {@code idNumber}, or an entry of a
     * history ({@code historyKind}, {@code effectiveOn}) to withdraw ({@code withdraw = true}) or to give a new
     * value ({@code hukouCode}, {@code stateSupported} or {@code level}).
     */
    public record Correction(
            String reason,
            String name,
            String idNumber,
            ResidentFactKind historyKind,
            LocalDate effectiveOn,
            Boolean withdraw,
            String hukouCode,
            Boolean stateSupported,
            Integer level) {}

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
    private ResidentRepository residents;

    @Inject
    private StayRepository stays;

    @Inject
    private Event<BedsChanged> bedsChanged;

    /**
     * Records a change of hukou or state support from {@code effectiveOn} on.
     *
     * @throws BusinessException 403 {@code ROLE_NOT_ALLOWED}; 404 {@code RESIDENT_NOT_FOUND}; 400
     *     {@code FIELD_REQUIRED}, {@code DATE_IN_FUTURE}, {@code CHANGE_BEFORE_BIRTH}, {@code DIVISION_CODE_*},
     *     {@code STATE_SUPPORTED_REQUIRED}; 409 {@code DUPLICATE_EFFECTIVE_DATE}
     */
    public Resident change(long residentId, Change cmd) {
        Caller caller = allowed();
        visibility.resident(caller, residentId);
        if (cmd.kind() == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", "kind", "kind (HUKOU or STATE_SUPPORT) is required");
        }
        LocalDate on = Dates.notFuture(Dates.required(cmd.effectiveOn(), "effectiveOn"), "effectiveOn", clock);
        Resident r = em.find(Resident.class, residentId, LockModeType.PESSIMISTIC_WRITE);
        notBeforeBirth(r, on);
        switch (cmd.kind()) {
            case HUKOU -> {
                String code = DivisionCode.of(cmd.hukouCode(), "hukouCode").value();
                String before = r.hukouHistory().valueOn(on).orElse(null);
                r.changeHukou(on, code);
                em.flush();
                audit.recordChange(
                        "HUKOU_CHANGED",
                        "Resident",
                        residentId,
                        on,
                        List.of(FieldChange.of("hukouCode", before, code)));
            }
            case STATE_SUPPORT -> {
                if (cmd.stateSupported() == null) {
                    throw BusinessException.invalid(
                            "STATE_SUPPORTED_REQUIRED", "stateSupported", "stateSupported (true or false) is required");
                }
                Boolean before = r.stateSupportHistory().valueOn(on).orElse(null);
                r.changeStateSupport(on, cmd.stateSupported());
                em.flush();
                audit.recordChange(
                        "STATE_SUPPORT_CHANGED",
                        "Resident",
                        residentId,
                        on,
                        List.of(FieldChange.of("stateSupported", before, cmd.stateSupported())));
            }
            case ASSESSMENT ->
                throw BusinessException.invalid(
                        "INVALID_KIND", "kind", "kind must be HUKOU or STATE_SUPPORT; record an assessment instead");
        }
        return loaded(r);
    }

    /**
     * Records a hukou moved out of the city from {@code effectiveOn}, as a list from the household registration
     * system reports it (docs/RULES.md §8.5): a change of the hukou history to {@code hukouCode} (the destination,
     * or {@code 000000} when the list does not name one), audited with the list named as the reason. For the
     * auditors whose scope includes the resident; else 404.
     *
     * @throws BusinessException 409 {@code DUPLICATE_EFFECTIVE_DATE}
     */
    public Resident recordReportedMove(long residentId, LocalDate effectiveOn, String hukouCode, String source) {
        Caller caller = callers.get();
        caller.require(Role.COUNTY_AUDITOR, Role.CITY_AUDITOR);
        visibility.resident(caller, residentId);
        LocalDate on = Dates.notFuture(Dates.required(effectiveOn, "effectiveOn"), "effectiveOn", clock);
        Resident r = em.find(Resident.class, residentId, LockModeType.PESSIMISTIC_WRITE);
        notBeforeBirth(r, on);
        String before = r.hukouHistory().valueOn(on).orElse(null);
        r.changeHukou(on, hukouCode);
        em.flush();
        audit.recordChange(
                "HUKOU_MOVED_OUT_REPORTED",
                "Resident",
                residentId,
                on,
                source,
                List.of(FieldChange.of("hukouCode", before, hukouCode)));
        return loaded(r);
    }

    /**
     * Corrects a resident (see {@link Correction}); every part is checked before anything changes.
     *
     * @throws BusinessException 400 {@code REASON_REQUIRED}, {@code REASON_TOO_LONG}, {@code NOTHING_TO_CORRECT},
     *     {@code FIELD_REQUIRED}, the ID number's and name's codes; 403 {@code ROLE_NOT_ALLOWED} (a home's
     *     administrator correcting an ID number); 404 {@code RESIDENT_NOT_FOUND}, {@code NO_SUCH_ENTRY}; 409
     *     {@code RESIDENT_ALREADY_REGISTERED} (the ID number is another resident's), {@code LAST_ENTRY}
     */
    public Resident correct(long residentId, Correction cmd) {
        Caller caller = allowed();
        visibility.resident(caller, residentId);
        String reason = CorrectionReason.require(cmd.reason());
        boolean history = cmd.historyKind() != null;
        if (cmd.name() == null && cmd.idNumber() == null && !history) {
            throw BusinessException.invalid(
                    "NOTHING_TO_CORRECT",
                    null,
                    "Give a name, an idNumber, or a historyKind and effectiveOn to correct");
        }
        String name = cmd.name() == null ? null : Text.required(cmd.name(), "name", 100);
        IdNumber id = null;
        if (cmd.idNumber() != null) {
            caller.require(Role.ADMIN, Role.COUNTY_AUDITOR, Role.CITY_AUDITOR);
            id = IdNumber.of(cmd.idNumber(), clock);
        }
        boolean withdraw = Boolean.TRUE.equals(cmd.withdraw());
        LocalDate on = null;
        Object value = null;
        if (history) {
            // entries are never dated in the future (docs/RULES.md §2), so neither is one to correct
            on = Dates.notFuture(Dates.required(cmd.effectiveOn(), "effectiveOn"), "effectiveOn", clock);
            if (!withdraw) {
                value = newValue(cmd);
            }
        } else if (cmd.effectiveOn() != null
                || cmd.withdraw() != null
                || cmd.hukouCode() != null
                || cmd.stateSupported() != null
                || cmd.level() != null) {
            throw BusinessException.invalid(
                    "FIELD_REQUIRED", "historyKind", "historyKind names the history whose entry is corrected");
        }

        Resident r = em.find(Resident.class, residentId, LockModeType.PESSIMISTIC_WRITE);
        List<FieldChange> changes = new ArrayList<>();
        if (id != null && !id.value().equals(r.getIdNumberValue())) {
            Optional<Long> other = residents.idOf(id.value());
            if (other.isPresent() && other.get() != residentId) {
                throw BusinessException.conflict(
                        "RESIDENT_ALREADY_REGISTERED",
                        "idNumber",
                        "This ID number is already registered in the city as resident " + other.get(),
                        other.get());
            }
        }
        boolean levelsChanged = false;
        if (history) {
            levelsChanged = correctEntry(r, cmd.historyKind(), on, withdraw, value, reason, caller, changes);
        }
        if (name != null && !name.equals(r.getName())) {
            changes.add(FieldChange.of("name", r.getName(), name));
            r.correctName(name);
        }
        if (id != null && !id.value().equals(r.getIdNumberValue())) {
            changes.add(FieldChange.of("idNumber", r.getIdNumberValue(), id.value()));
            if (!id.birthDate().equals(r.getBirthDate())) {
                changes.add(FieldChange.of("birthDate", r.getBirthDate(), id.birthDate()));
            }
            if (id.sex() != r.getSex()) {
                changes.add(FieldChange.of("sex", r.getSex(), id.sex()));
            }
            r.correctIdNumber(id);
        }
        em.flush();
        audit.recordCorrection("RESIDENT_CORRECTED", "Resident", residentId, reason, changes);
        if (levelsChanged) {
            // the bed boards of the homes the resident stayed in show the care level of the day
            stays.homesOfResident(residentId).forEach(home -> bedsChanged.fire(new BedsChanged(home)));
        }
        return loaded(r);
    }

    /** Withdraws or rewrites one entry; answers whether it was an assessment (bed boards show levels). */
    private boolean correctEntry(
            Resident r,
            ResidentFactKind kind,
            LocalDate on,
            boolean withdraw,
            Object value,
            String reason,
            Caller caller,
            List<FieldChange> changes) {
        String today = null;
        String field;
        DatedHistory<?> before;
        switch (kind) {
            case HUKOU -> {
                field = "hukouCode";
                before = r.hukouHistory();
                today = r.getHukouCode();
                if (withdraw) {
                    r.withdrawHukou(on, clock.instant(), caller.username(), reason);
                } else {
                    r.correctHukou(on, (String) value);
                }
            }
            case STATE_SUPPORT -> {
                field = "stateSupported";
                before = r.stateSupportHistory();
                today = String.valueOf(r.isStateSupported());
                if (withdraw) {
                    r.withdrawStateSupport(on, clock.instant(), caller.username(), reason);
                } else {
                    r.correctStateSupport(on, (Boolean) value);
                }
            }
            case ASSESSMENT -> {
                field = "level";
                before = r.assessmentHistory();
                if (withdraw) {
                    r.withdrawAssessment(on, clock.instant(), caller.username(), reason);
                } else {
                    r.correctAssessment(on, (Integer) value);
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        String historyField = switch (kind) {
            case HUKOU -> "hukouHistory";
            case STATE_SUPPORT -> "stateSupportHistory";
            case ASSESSMENT -> "assessments";
        };
        Object old = before.entryOn(on).map(DatedHistory.Entry::value).orElse(null);
        changes.add(FieldChange.of(
                historyField, on + " " + field + "=" + old, withdraw ? null : on + " " + field + "=" + value));
        String now = switch (kind) {
            case HUKOU -> r.getHukouCode();
            case STATE_SUPPORT -> String.valueOf(r.isStateSupported());
            case ASSESSMENT -> null;
        };
        if (today != null && !Objects.equals(today, now)) {
            changes.add(FieldChange.of(field, today, now));
        }
        return kind == ResidentFactKind.ASSESSMENT;
    }

    /** The value a correction gives an entry, checked as a new entry would be. */
    private static Object newValue(Correction cmd) {
        return switch (cmd.historyKind()) {
            case HUKOU -> {
                if (cmd.hukouCode() == null) {
                    throw BusinessException.invalid(
                            "FIELD_REQUIRED", "hukouCode", "hukouCode (or withdraw: true) is required");
                }
                yield DivisionCode.of(cmd.hukouCode(), "hukouCode").value();
            }
            case STATE_SUPPORT -> {
                if (cmd.stateSupported() == null) {
                    throw BusinessException.invalid(
                            "STATE_SUPPORTED_REQUIRED",
                            "stateSupported",
                            "stateSupported (true or false), or withdraw: true, is required");
                }
                yield cmd.stateSupported();
            }
            case ASSESSMENT -> {
                if (cmd.level() == null) {
                    throw BusinessException.invalid(
                            "CARE_LEVEL_REQUIRED", "level", "level (or withdraw: true) is required");
                }
                try {
                    yield CapabilityLevel.of(cmd.level()).level();
                } catch (BusinessException e) {
                    throw BusinessException.invalid(
                            "INVALID_CARE_LEVEL", "level", "The capability level must be 0 to 4", cmd.level());
                }
            }
        };
    }

    private Caller allowed() {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.HOME_ADMIN, Role.COUNTY_AUDITOR, Role.CITY_AUDITOR);
        return caller;
    }

    private static void notBeforeBirth(Resident r, LocalDate on) {
        if (on.isBefore(r.getBirthDate())) {
            throw BusinessException.invalid(
                    "CHANGE_BEFORE_BIRTH",
                    "effectiveOn",
                    "A change cannot be dated before the birth date " + r.getBirthDate(),
                    r.getBirthDate());
        }
    }

    /** The resident with what the adapters read after the transaction. */
    private static Resident loaded(Resident r) {
        r.getAssessments();
        r.getHukouEntries();
        r.getStateSupportEntries();
        return r;
    }
}
