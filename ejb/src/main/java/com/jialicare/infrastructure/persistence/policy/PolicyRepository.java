package com.jialicare.infrastructure.persistence.policy;

import com.jialicare.domain.model.policy.PolicyVersionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The queries over the stored policy versions. Runs in the caller's transaction. */
@ApplicationScoped
public class PolicyRepository {

    @PersistenceContext
    private EntityManager em;

    /** Every version, in no particular order. */
    public List<PolicyVersionRecord> all() {
        return em.createQuery("select p from PolicyVersionRecord p", PolicyVersionRecord.class)
                .getResultList();
    }

    /** Every version, the latest effective date first. */
    public List<PolicyVersionRecord> newestFirst() {
        return em.createQuery(
                        "select p from PolicyVersionRecord p order by p.effectiveFrom desc", PolicyVersionRecord.class)
                .getResultList();
    }

    /** The version with the latest effective date. */
    public Optional<PolicyVersionRecord> latest() {
        return em.createQuery(
                        "select p from PolicyVersionRecord p order by p.effectiveFrom desc", PolicyVersionRecord.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public Optional<PolicyVersionRecord> byNumber(int versionNo) {
        return em.createQuery("select p from PolicyVersionRecord p where p.versionNo = :n", PolicyVersionRecord.class)
                .setParameter("n", versionNo)
                .getResultStream()
                .findFirst();
    }

    /** The highest version number so far. */
    public int highestNumber() {
        return em.createQuery("select max(p.versionNo) from PolicyVersionRecord p", Integer.class)
                .getSingleResult();
    }
}
