package com.jialicare.infrastructure.persistence.audit;

import com.jialicare.domain.model.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The queries over the audit trail. Runs in the caller's transaction. */
@ApplicationScoped
public class AuditRepository {

    @PersistenceContext
    private EntityManager em;

    /** What happened to one record, oldest first. */
    public List<AuditEvent> of(String entityType, long entityId) {
        return em.createQuery(
                        "select e from AuditEvent e where e.entityType = :t and e.entityId = :id "
                                + "order by e.occurredAt, e.id",
                        AuditEvent.class)
                .setParameter("t", entityType)
                .setParameter("id", entityId)
                .getResultList();
    }
}
