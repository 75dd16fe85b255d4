package com.jialicare.infrastructure.persistence.adjustment;

import com.jialicare.domain.model.adjustment.Adjustment;
import com.jialicare.domain.model.adjustment.AdjustmentState;
import com.jialicare.domain.model.adjustment.LineKey;
import com.jialicare.domain.model.application.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The adjustments applications claimed (table {@code adjustment}). Runs in the caller's transaction. */
@ApplicationScoped
public class AdjustmentRepository {

    @PersistenceContext
    private EntityManager em;

    /** What one revision of an application claimed, in the order it was claimed. */
    public List<Adjustment> of(long applicationId, int revision) {
        return em.createQuery(
                        "select a from Adjustment a where a.applicationId = :a and a.revision = :r order by a.id",
                        Adjustment.class)
                .setParameter("a", applicationId)
                .setParameter("r", revision)
                .getResultList();
    }

    /** The home's adjustments of a kind in a state, newest first. */
    public List<Adjustment> ofHome(long careHomeId, ApplicationKind kind, AdjustmentState state) {
        return em.createQuery(
                        "select a from Adjustment a where a.careHomeId = :h and (:k is null or a.kind = :k) "
                                + "and a.state = :s order by a.id desc",
                        Adjustment.class)
                .setParameter("h", careHomeId)
                .setParameter("k", kind)
                .setParameter("s", state)
                .getResultList();
    }

    /**
     * Per key, the sum of the home's adjustments of a kind claimed by a live application (CLAIMED or PAID):
     * RULES.md §8.4's "adjustments for the key already claimed".
     */
    public Map<LineKey, BigDecimal> counted(long careHomeId, ApplicationKind kind) {
        Map<LineKey, BigDecimal> result = new HashMap<>();
        for (Adjustment a : em.createQuery(
                        "select a from Adjustment a where a.careHomeId = :h and a.kind = :k and a.state in :s",
                        Adjustment.class)
                .setParameter("h", careHomeId)
                .setParameter("k", kind)
                .setParameter("s", List.of(AdjustmentState.CLAIMED, AdjustmentState.PAID))
                .getResultList()) {
            result.merge(a.key(), a.getAmount(), BigDecimal::add);
        }
        return result;
    }

    /**
     * The adjustments of one resident's stays that an application claimed or was paid with (not the released ones),
     * by month (issue #15: the family page).
     */
    public List<Adjustment> ofResident(long residentId) {
        return em.createQuery(
                        "select a from Adjustment a where a.stayId in (select s.id from Stay s where s.residentId = :r) "
                                + "and a.state in :s order by a.month, a.id",
                        Adjustment.class)
                .setParameter("r", residentId)
                .setParameter("s", List.of(AdjustmentState.CLAIMED, AdjustmentState.PAID))
                .getResultList();
    }
}
