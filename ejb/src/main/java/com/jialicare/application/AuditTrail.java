package com.jialicare.application;

import com.jialicare.domain.model.audit.AuditEvent;
import com.jialicare.domain.model.audit.CorrectionReason;
import com.jialicare.domain.model.audit.FieldChange;
import com.jialicare.infrastructure.persistence.audit.AuditRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Writes and reads the audit trail. Recording joins the caller's transaction: no change without its entry. */
@Stateless
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private AuditRepository events;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String entityType, Long entityId, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor(), action, entityType, entityId, detail));
    }

    /**
     * A correction (docs/RULES.md §8.2): a fact was wrong. The reason is required (checked here too) and
     * every field's old and new value is kept. Shown on the record's history page and in {@code GET /api/audit}.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordCorrection(
            String action, String entityType, Long entityId, String reason, List<FieldChange> changes) {
        em.persist(new AuditEvent(
                clock.instant(),
                actor(),
                action,
                entityType,
                entityId,
                null,
                CorrectionReason.require(reason),
                null,
                changes));
    }

    /**
     * A change (docs/RULES.md §8.1): something happened on {@code effectiveOn}. Every field's old and new
     * value is kept.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordChange(
            String action, String entityType, Long entityId, LocalDate effectiveOn, List<FieldChange> changes) {
        em.persist(new AuditEvent(
                clock.instant(), actor(), action, entityType, entityId, null, null, effectiveOn, changes));
    }

    /**
     * A change (docs/RULES.md §8.1) that comes from a named source outside the registry — a list of deaths or
     * hukou moves (§8.5) — with {@code source} saying which (shown where a correction's reason is).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordChange(
            String action,
            String entityType,
            Long entityId,
            LocalDate effectiveOn,
            String source,
            List<FieldChange> changes) {
        em.persist(new AuditEvent(
                clock.instant(),
                actor(),
                action,
                entityType,
                entityId,
                null,
                CorrectionReason.require(source),
                effectiveOn,
                changes));
    }

    /** For start-up tasks that run as nobody in particular. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(String actor, String action, String entityType, Long entityId, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, entityType, entityId, detail));
    }

    /** One record's events, oldest first, unchecked: callers check the scope ({@link AuditService} does). */
    public List<AuditEvent> history(String entityType, long entityId) {
        return events.of(entityType, entityId);
    }

    private String actor() {
        String name = context.getCallerPrincipal() == null
                ? null
                : context.getCallerPrincipal().getName();
        return name == null || name.isBlank() ? "anonymous" : name;
    }
}
