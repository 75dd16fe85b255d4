package com.jialicare.application;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.audit.AuditEvent;
import com.jialicare.domain.model.audit.AuditFilter;
import com.jialicare.domain.model.carehome.Bed;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.Slice;
import com.jialicare.infrastructure.persistence.audit.AuditRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reading the audit trail: a record's history (who changed or corrected it, when, why, how), optionally with its
 * related records', and for the city a search over every record. For auditors, the administrator and a home's
 * administrator (their own home's records). A record outside the caller's scope is answered 404, exactly like one
 * that does not exist; a search over every record ({@code entityType} not given) is for {@code ADMIN} and
 * {@code CITY_AUDITOR}, and for a {@code COUNTY_AUDITOR} over their county's records (403 for others).
 */
@Stateless
public class AuditService {

    /** Record types and actions are words of letters (and underscores for actions), at most 64 long. */
    private static final Pattern TYPE = Pattern.compile("[A-Za-z]{1,64}");

    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** The longest user name an event can carry (the column). */
    public static final int MAX_ACTOR = 64;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller callers;

    @Inject
    private Visibility visibility;

    @Inject
    private AuditRepository events;

    /** Everything of one record, oldest first. */
    public List<AuditEvent> history(String entityType, Long entityId) {
        return history(entityType, entityId, false);
    }

    /** Everything of one record (and with {@code related} of its related records), oldest first. */
    public List<AuditEvent> history(String entityType, Long entityId, boolean related) {
        Caller caller = check(AuditFilter.of(entityType, entityId, related));
        return events.find(caller, AuditFilter.of(entityType, entityId, related), 0, Integer.MAX_VALUE)
                .items();
    }

    /**
     * One page of the events {@code filter} selects.
     *
     * @throws BusinessException 400 {@code INVALID_PAGE}, {@code INVALID_PAGE_SIZE}, {@code FIELD_REQUIRED}
     *     ({@code entityId} without {@code entityType} or the reverse), {@code INVALID_ENTITY_TYPE},
     *     {@code INVALID_ACTION}, {@code INVALID_ACTOR}, {@code INVALID_DATE_RANGE}; 403 {@code ROLE_NOT_ALLOWED};
     *     404 for a record outside the scope
     */
    public Page<AuditEvent> search(AuditFilter filter, int page, int size) {
        Page.check(page, size);
        Caller caller = check(filter);
        Slice<AuditEvent> slice = events.find(caller, filter, page * size, size);
        return new Page<>(page, size, slice.total(), slice.items());
    }

    private Caller check(AuditFilter f) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.CITY_AUDITOR, Role.COUNTY_AUDITOR, Role.HOME_ADMIN);
        if (f.entityId() != null && f.entityType() == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", "entityType", "entityId needs an entityType");
        }
        if (f.entityType() != null && !TYPE.matcher(f.entityType()).matches()) {
            throw BusinessException.invalid(
                    "INVALID_ENTITY_TYPE", "entityType", "entityType is a word such as Resident or Stay");
        }
        if (f.entityType() != null && f.entityId() == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", "entityId", "entityType needs an entityId");
        }
        if (f.action() != null && !ACTION.matcher(f.action()).matches()) {
            throw BusinessException.invalid(
                    "INVALID_ACTION", "action", "action is an upper-case word such as ADMITTED or CORRECT_STAY");
        }
        if (f.actor() != null && (f.actor().isBlank() || f.actor().length() > MAX_ACTOR)) {
            throw BusinessException.invalid("INVALID_ACTOR", "actor", "actor is a user name of 1 to 64 characters");
        }
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw BusinessException.invalid("INVALID_DATE_RANGE", "to", "to must not be before from");
        }
        if (f.entityType() == null) {
            // a county auditor searches their county's records (the repository adds the condition)
            caller.require(Role.ADMIN, Role.CITY_AUDITOR, Role.COUNTY_AUDITOR);
        } else {
            inScope(caller, f.entityType(), f.entityId());
        }
        return caller;
    }

    /** 404 (as for a missing record) unless the caller sees the record; 403 for a type only the city reads. */
    private void inScope(Caller caller, String entityType, long entityId) {
        switch (entityType) {
            case "CareHome" -> visibility.home(caller, entityId);
            case "Resident" -> visibility.resident(caller, entityId);
            case "Stay" -> visibility.stay(caller, entityId);
            case "Bed" -> {
                // a bed of a home outside the scope is not found, exactly like one that does not exist
                Bed bed = em.find(Bed.class, entityId);
                CareHome home = bed == null ? null : em.find(CareHome.class, bed.getCareHomeId());
                if (home == null || !caller.seesCareHome(home.getId(), home.getCountyCode())) {
                    throw BusinessException.notFound("BED_NOT_FOUND", "No bed " + entityId, entityId);
                }
            }
            case "Application" -> {
                Application a = em.find(Application.class, entityId);
                CareHome home = a == null ? null : em.find(CareHome.class, a.getCareHomeId());
                if (home == null || !caller.seesCareHome(home.getId(), home.getCountyCode())) {
                    throw BusinessException.notFound("APPLICATION_NOT_FOUND", "No application " + entityId, entityId);
                }
            }
            default -> caller.require(Role.ADMIN, Role.CITY_AUDITOR);
        }
    }
}
