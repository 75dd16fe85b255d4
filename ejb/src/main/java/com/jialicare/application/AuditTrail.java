package com.jialicare.application;

import com.jialicare.domain.model.audit.AuditEvent;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
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

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String entityType, Long entityId, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor(), action, entityType, entityId, detail));
    }

    /** For start-up tasks that run as nobody in particular. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(String actor, String action, String entityType, Long entityId, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, entityType, entityId, detail));
    }

    public List<AuditEvent> history(String entityType, long entityId) {
        return em.createQuery("select e from AuditEvent e where e.entityType = :t and e.entityId = :id "
                + "order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("t", entityType)
                .setParameter("id", entityId)
                .getResultList();
    }

    private String actor() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name == null || name.isBlank() ? "anonymous" : name;
    }
}
