package com.jialicare.infrastructure.persistence.resident;

import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.CallerScope;
import com.jialicare.infrastructure.persistence.Slice;
import com.jialicare.infrastructure.persistence.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The queries over residents. Runs in the caller's transaction. */
@ApplicationScoped
public class ResidentRepository {

    /**
     * What a resident list asks for (besides the caller's scope): the residents who lived in one home (now, or
     * ever with {@code currentOnly = false}; a home's administrator always asks for their own home), optionally
     * only those who live nowhere now, matching a name or ID-number query; a query that is a whole ID number
     * ({@code wholeIdNumber}, upper case) also finds that person outside the home.
     */
    public record Filter(
            Long careHomeId, boolean currentOnly, boolean withoutOpenStay, String query, String wholeIdNumber) {}

    @PersistenceContext
    private EntityManager em;

    public boolean exists(long id) {
        return em.createQuery("select count(r) from Resident r where r.id = :id", Long.class)
                        .setParameter("id", id)
                        .getSingleResult()
                > 0;
    }

    /** The id of the resident registered with this ID number (normalized), if any. */
    public Optional<Long> idOf(String idNumber) {
        return em.createQuery("select r.id from Resident r where r.idNumber = :n", Long.class)
                .setParameter("n", idNumber)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Those of the ID numbers (normalized) already registered. */
    public List<String> registeredIdNumbers(Collection<String> idNumbers) {
        return em.createQuery("select r.idNumber from Resident r where r.idNumber in :ids", String.class)
                .setParameter("ids", idNumbers)
                .getResultList();
    }

    /** Of these ID numbers, those registered, each with its resident's id. */
    public java.util.Map<String, Long> registeredIds(Collection<String> idNumbers) {
        java.util.Map<String, Long> found = new java.util.HashMap<>();
        for (Object[] r : em.createQuery(
                        "select r.idNumber, r.id from Resident r where r.idNumber in :ids", Object[].class)
                .setParameter("ids", idNumbers)
                .getResultList()) {
            found.put((String) r[0], (Long) r[1]);
        }
        return found;
    }

    /** Whether the caller's scope (RULES.md §7) includes the resident. */
    public boolean inScope(Caller caller, Resident resident) {
        if (caller.is(Role.ADMIN, Role.CITY_AUDITOR)) {
            return true;
        }
        if (caller.is(Role.FAMILY)) {
            return caller.residentIds().contains(resident.getId());
        }
        if (caller.is(Role.HOME_ADMIN) && caller.careHomeId().equals(resident.getRegisteredByHomeId())) {
            return true; // no query needed
        }
        Where where = CallerScope.residents(caller, "r", new Where().and("r.id = :id", "id", resident.getId()));
        return !where.bind(em.createQuery("select r.id from Resident r" + where, Long.class))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The names of these residents, by id (whoever asks: the caller is checked before). */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select r.id, r.name from Resident r where r.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    /** The names of those of {@code ids} the caller sees, by id; ids outside the scope or unknown are left out. */
    public Map<Long, String> namesInScope(Caller caller, Collection<Long> ids) {
        Where where = CallerScope.residents(caller, "r", new Where().and("r.id in :ids", "ids", Set.copyOf(ids)));
        Map<Long, String> names = new HashMap<>();
        where.bind(em.createQuery("select r.id, r.name from Resident r" + where, Object[].class))
                .getResultStream()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    /**
     * The residents of the caller's scope the filter asks for, by name and id: rows {@code first} to
     * {@code first + max}, with their assessments, and how many there are. A home's administrator's scope is
     * the filter's home (the caller sets it); a county auditor's here is the people who lived in the county's
     * homes (now, with {@code currentOnly}).
     */
    public Slice<Resident> page(Caller caller, Filter filter, int first, int max) {
        Where where = new Where();
        String stayIn = filter.currentOnly() ? "s.residentId = r.id and s.dischargedOn is null" : "s.residentId = r.id";
        switch (caller.role()) {
            case COUNTY_AUDITOR ->
                where.and(
                        "exists (select s.id from Stay s, CareHome h where " + stayIn
                                + " and h.id = s.careHomeId and h.countyCode = :county)",
                        "county",
                        caller.countyCode());
            case FAMILY -> CallerScope.residents(caller, "r", where);
            case HOME_ADMIN, ADMIN, CITY_AUDITOR -> {
                // a home's administrator: through the filter's home; the city sees everyone
            }
        }
        if (filter.careHomeId() != null) {
            where.and(
                    "(exists (select s.id from Stay s where " + stayIn + " and s.careHomeId = :home)"
                            + (filter.currentOnly() ? "" : " or r.registeredByHomeId = :home")
                            + (filter.wholeIdNumber() != null ? " or r.idNumber = :wholeId)" : ")"),
                    "home",
                    filter.careHomeId());
            if (filter.wholeIdNumber() != null) {
                where.param("wholeId", filter.wholeIdNumber());
            }
        }
        if (filter.withoutOpenStay()) {
            where.and("not exists (select s.id from Stay s where s.residentId = r.id and s.dischargedOn is null)");
        }
        String q = filter.query();
        if (q != null) {
            if (caller.seesWholeIdNumbers()) {
                // the term is lower-cased for names: so is the number, or one ending in X is never found by it
                where.and("(lower(r.name) like :q or lower(r.idNumber) like :q)");
            } else {
                // the caller reads the number masked: a search must not find it by the digits it hides
                where.and(
                        "(lower(r.name) like :q or r.idNumber = :qWhole)",
                        "qWhole",
                        q.trim().toUpperCase(Locale.ROOT));
            }
            where.param("q", "%" + q.toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        long total = where.bind(em.createQuery("select count(r) from Resident r" + where, Long.class))
                .getSingleResult();
        List<Resident> items = where.bind(
                        em.createQuery("select r from Resident r" + where + " order by r.name, r.id", Resident.class))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        items.forEach(r -> r.getAssessments().size());
        return new Slice<>(total, items);
    }

    /** The ID numbers of the residents {@code ids}, by resident id (unknown ids left out). */
    public Map<Long, String> idNumbersOf(Collection<Long> ids) {
        Map<Long, String> numbers = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select r.id, r.idNumber from Resident r where r.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(r -> numbers.put((Long) r[0], (String) r[1]));
        }
        return numbers;
    }
}
