package com.jialicare.infrastructure.persistence.resident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Merging two registrations of one person (docs/RULES.md §8.2): every row that names the other registration
 * is moved to the one kept, then the other is deleted. Native SQL because family links are not an entity and
 * bulk moves need no entity read. Runs in the caller's transaction, after its locks and checks.
 */
@ApplicationScoped
public class ResidentMerges {

    @PersistenceContext
    private EntityManager em;

    /** The accounts of family members linked to the resident: their scope changes with a merge. */
    public List<String> familyUsernames(long residentId) {
        return em.createNativeQuery(
                        "select u.username from app_user u join family_link f on f.user_id = u.id "
                                + "where f.resident_id = ?1",
                        String.class)
                .setParameter(1, residentId)
                .getResultList();
    }

    /**
     * Moves the stays, assessments (but one on a day the kept registration has a live one already: the kept
     * one stands), family links and application lines of {@code other} to {@code kept}, and deletes {@code
     * other} with its hukou and state-support histories (the kept registration's stand). The persistence context is flushed before and cleared after: entities read before are stale.
     *
     * @return how many assessments of {@code other} were dropped for a day {@code kept} had already
     */
    public int moveAndDelete(long other, long kept) {
        em.flush();
        update("update stay set resident_id = ?1 where resident_id = ?2", kept, other);
        update(
                "update assessment set resident_id = ?1 where resident_id = ?2 and effective_on not in "
                        + "(select k.effective_on from assessment k where k.resident_id = ?1 "
                        + "and k.withdrawn_at is null)",
                kept,
                other);
        int dropped = em.createNativeQuery("delete from assessment where resident_id = ?1")
                .setParameter(1, other)
                .executeUpdate();
        update(
                "insert into family_link (user_id, resident_id) select f.user_id, ?1 from family_link f "
                        + "where f.resident_id = ?2 and not exists (select 1 from family_link k "
                        + "where k.user_id = f.user_id and k.resident_id = ?1)",
                kept,
                other);
        em.createNativeQuery("delete from family_link where resident_id = ?1")
                .setParameter(1, other)
                .executeUpdate();
        update("update application_line set resident_id = ?1 where resident_id = ?2", kept, other);
        // the kept registration's hukou and state-support histories stand (docs/RULES.md §8.2); the other's go
        // with it, its values kept in the merge's audit event
        em.createNativeQuery("delete from resident_hukou where resident_id = ?1")
                .setParameter(1, other)
                .executeUpdate();
        em.createNativeQuery("delete from resident_state_support where resident_id = ?1")
                .setParameter(1, other)
                .executeUpdate();
        em.createNativeQuery("delete from resident where id = ?1")
                .setParameter(1, other)
                .executeUpdate();
        em.clear();
        return dropped;
    }

    private void update(String sql, long first, long second) {
        em.createNativeQuery(sql).setParameter(1, first).setParameter(2, second).executeUpdate();
    }
}
