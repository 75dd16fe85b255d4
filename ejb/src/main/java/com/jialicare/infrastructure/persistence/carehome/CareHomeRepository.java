package com.jialicare.infrastructure.persistence.carehome;

import static com.jialicare.infrastructure.persistence.Predicates.bedInServiceOn;
import static com.jialicare.infrastructure.persistence.Predicates.occupiedOn;

import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.CallerScope;
import com.jialicare.infrastructure.persistence.Slice;
import com.jialicare.infrastructure.persistence.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The queries over care homes. Runs in the caller's transaction. */
@ApplicationScoped
public class CareHomeRepository {

    /** One county's figures on a day: homes filed, beds in service, beds occupied. */
    public record CountyFigures(String countyCode, long homes, long bedsInService, long occupied) {}

    @PersistenceContext
    private EntityManager em;

    public long count() {
        return em.createQuery("select count(h) from CareHome h", Long.class).getSingleResult();
    }

    public boolean exists(long id) {
        return em.createQuery("select count(h) from CareHome h where h.id = :id", Long.class)
                        .setParameter("id", id)
                        .getSingleResult()
                > 0;
    }

    public boolean creditCodeTaken(String creditCode) {
        return !em.createQuery("select h.id from CareHome h where h.creditCode = :c")
                .setParameter("c", creditCode)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Whether any stay of the home is open on {@code day} or starts after it (a home closing that day keeps them). */
    public boolean hasStaysOnOrAfter(long careHomeId, LocalDate day) {
        return !em.createQuery("select s.id from Stay s where s.careHomeId = :h "
                        + "and (s.dischargedOn is null or s.dischargedOn > :d)")
                .setParameter("h", careHomeId)
                .setParameter("d", day)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Whether another home than {@code id} has the credit code. */
    public boolean creditCodeTakenByAnother(String creditCode, long id) {
        return !em.createQuery("select h.id from CareHome h where h.creditCode = :c and h.id <> :id")
                .setParameter("c", creditCode)
                .setParameter("id", id)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * The homes the caller sees whose name or credit code contains {@code search} (any case; null: all), optionally
     * of one county: rows {@code first} to {@code first + max}, and how many there are.
     */
    public Slice<CareHome> search(Caller caller, String countyCode, String search, int first, int max) {
        Where where = CallerScope.homes(caller, "h.id", "h.countyCode", new Where());
        if (countyCode != null) {
            where.and("h.countyCode = :filterCounty", "filterCounty", countyCode);
        }
        if (search != null && !search.isBlank()) {
            // locate, not like: nothing in the search is a wildcard
            where.and(
                    "(locate(:search, lower(h.name)) > 0 or locate(:search, lower(h.creditCode)) > 0)",
                    "search",
                    search.strip().toLowerCase(java.util.Locale.ROOT));
        }
        long total = where.bind(em.createQuery("select count(h) from CareHome h" + where, Long.class))
                .getSingleResult();
        List<CareHome> items = where.bind(em.createQuery(
                        "select h from CareHome h" + where + " order by h.countyCode, h.name, h.id", CareHome.class))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        return new Slice<>(total, items);
    }

    /**
     * The homes the caller sees, optionally of one county only, by county, name and id: rows {@code first} to
     * {@code first + max}, and how many there are.
     */
    public Slice<CareHome> page(Caller caller, String countyCode, int first, int max) {
        Where where = CallerScope.homes(caller, "h.id", "h.countyCode", new Where());
        if (countyCode != null) {
            where.and("h.countyCode = :filterCounty", "filterCounty", countyCode);
        }
        long total = where.bind(em.createQuery("select count(h) from CareHome h" + where, Long.class))
                .getSingleResult();
        List<CareHome> items = where.bind(em.createQuery(
                        "select h from CareHome h" + where + " order by h.countyCode, h.name, h.id", CareHome.class))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        return new Slice<>(total, items);
    }

    /**
     * Homes, beds in service and occupied beds on {@code day}, per county of the caller's scope, in the order of
     * the county codes; counties without homes are left out. Two grouped queries.
     */
    public List<CountyFigures> byCounty(Caller caller, LocalDate day) {
        Where beds =
                CallerScope.homes(caller, "h.id", "h.countyCode", new Where()).param("d", day);
        Where occupied = CallerScope.homes(
                caller,
                "h.id",
                "h.countyCode",
                new Where()
                        .and("h.id = s.careHomeId")
                        .and(occupiedOn("o", ":d"))
                        .param("d", day));
        Map<String, Long> occupiedByCounty = new HashMap<>();
        for (Object[] row : occupied.bind(em.createQuery(
                        "select h.countyCode, count(o.id) " + "from Occupancy o join o.stay s, CareHome h" + occupied
                                + " group by h.countyCode",
                        Object[].class))
                .getResultList()) {
            occupiedByCounty.put((String) row[0], ((Number) row[1]).longValue());
        }
        return beds.bind(em.createQuery(
                        "select h.countyCode, count(distinct h.id), count(b.id) from CareHome h "
                                + "left join Bed b on b.careHomeId = h.id and " + bedInServiceOn("b", ":d") + beds
                                + " group by h.countyCode order by h.countyCode",
                        Object[].class))
                .getResultStream()
                .map(row -> new CountyFigures(
                        (String) row[0],
                        ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(),
                        occupiedByCounty.getOrDefault((String) row[0], 0L)))
                .toList();
    }
}
