package com.jialicare.application;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.domain.model.audit.AuditEvent;
import com.jialicare.domain.model.carehome.Bed;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reading a record's history: who changed it, when, how. For auditors and the administrator. */
@Stateless
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller callers;

    @Inject
    private Visibility visibility;

    @Inject
    private AuditTrail trail;

    public List<AuditEvent> history(String entityType, Long entityId) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.CITY_AUDITOR, Role.COUNTY_AUDITOR, Role.HOME_ADMIN);
        if (entityType == null || entityType.isBlank() || entityId == null) {
            throw BusinessException.invalid(
                    "FIELD_REQUIRED",
                    entityType == null ? "entityType" : "entityId",
                    "entityType and entityId are required");
        }
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
            default -> caller.require(Role.ADMIN, Role.CITY_AUDITOR);
        }
        return trail.history(entityType, entityId);
    }
}
