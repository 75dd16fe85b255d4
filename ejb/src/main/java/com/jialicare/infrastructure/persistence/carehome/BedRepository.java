package com.jialicare.infrastructure.persistence.carehome;

import static com.jialicare.infrastructure.persistence.Predicates.bedInServiceOn;

import com.jialicare.domain.model.carehome.BedOutage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The queries over beds. Runs in the caller's transaction (or none: reads only). */
@ApplicationScoped
public class BedRepository {

    /** A bed's columns as a bed board shows them, without loading the entity. */
    public record BedRow(
            long id, long careHomeId, String code, String room, LocalDate commissionedOn, LocalDate retiredOn) {}

    @PersistenceContext
    private EntityManager em;

    public boolean codeTaken(long careHomeId, String code) {
        return !em.createQuery("select b.id from Bed b where b.careHomeId = :h and b.code = :c")
                .setParameter("h", careHomeId)
                .setParameter("c", code)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Whether another bed of the home than {@code bedId} has that code. */
    public boolean codeTakenByAnother(long careHomeId, String code, long bedId) {
        return !em.createQuery("select b.id from Bed b where b.careHomeId = :h and b.code = :c and b.id <> :b")
                .setParameter("h", careHomeId)
                .setParameter("c", code)
                .setParameter("b", bedId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The first day anyone occupied the bed, or null. */
    public LocalDate firstOccupied(long bedId) {
        return em.createQuery("select o.fromOn from Occupancy o where o.bedId = :b order by o.fromOn", LocalDate.class)
                .setParameter("b", bedId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** How many beds of the home are in service on {@code day}. */
    public long countInServiceOn(long careHomeId, LocalDate day) {
        return em.createQuery(
                        "select count(b) from Bed b where b.careHomeId = :h and " + bedInServiceOn("b", ":d"),
                        Long.class)
                .setParameter("h", careHomeId)
                .setParameter("d", day)
                .getSingleResult();
    }

    /** The past outages of the home's beds (RULES.md §8.1), by bed, oldest first; most beds have none. */
    public Map<Long, List<BedOutage>> outagesOfHome(long careHomeId) {
        Map<Long, List<BedOutage>> byBed = new HashMap<>();
        em.createQuery(
                        "select b.id, o from Bed b join b.outages o where b.careHomeId = :h order by b.id, o.fromDay",
                        Object[].class)
                .setParameter("h", careHomeId)
                .getResultStream()
                .forEach(r -> byBed.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add((BedOutage) r[1]));
        return byBed;
    }

    /** Every bed of the home, in the order of the bed board (room, then code). */
    public List<BedRow> ofHomeInBoardOrder(long careHomeId) {
        return em.createQuery(
                        "select b.id, b.careHomeId, b.code, b.room, b.commissionedOn, b.retiredOn from Bed b "
                                + "where b.careHomeId = :h order by b.room, b.code",
                        Object[].class)
                .setParameter("h", careHomeId)
                .getResultStream()
                .map(r -> new BedRow(
                        (Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (LocalDate) r[4], (LocalDate) r[5]))
                .toList();
    }
}
