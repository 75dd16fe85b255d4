package com.jialicare.infrastructure.persistence.resident;

import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.domain.model.shared.IdNumberSearch;
import com.jialicare.domain.model.shared.ListOrder;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.CallerScope;
import com.jialicare.infrastructure.persistence.OrderBy;
import com.jialicare.infrastructure.persistence.Slice;
import com.jialicare.infrastructure.persistence.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
     * ({@code wholeIdNumber}, upper case) also finds that person outside the home. With {@code idShownMasked}
     * (the screens' lists, which show every number masked) the query finds a number only by what the mask
     * shows ({@link IdNumberSearch}), whoever asks; a caller who never sees whole numbers is always held to it.
     */
    public record Filter(
            Long careHomeId,
            boolean currentOnly,
            boolean withoutOpenStay,
            String query,
            String wholeIdNumber,
            boolean idShownMasked,
            ListOrder order) {

        public Filter(
                Long careHomeId, boolean currentOnly, boolean withoutOpenStay, String query, String wholeIdNumber) {
            this(careHomeId, currentOnly, withoutOpenStay, query, wholeIdNumber, false, null);
        }
    }

    /**
     * A resident in a list, with the stay the list is about: the latest one in the filter's home (in any home
     * without one) — its admission day, its discharge day (null while open) and the bed it holds or held last;
     * all null for someone never admitted there.
     */
    public record Listed(Resident resident, LocalDate admittedOn, LocalDate dischargedOn, String bedCode) {}

    /** What a resident list may be sorted by; the default is the name. */
    public static final OrderBy ORDER = OrderBy.of(
            Map.of(
                    "name", "r.name",
                    "birthDate", "r.birthDate",
                    "hukou", "r.hukouCode",
                    "bed", "lb.code",
                    "admittedOn", "ls.admittedOn",
                    // living here, discharged, never admitted
                    "status", "case when ls.id is null then 2 when ls.dischargedOn is null then 0 else 1 end"),
            "r.name",
            "r.id");

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
     * The residents of the caller's scope the filter asks for, in the filter's order (by name and id unless it
     * says otherwise): rows {@code first} to {@code first + max}, with their assessments and the stay the list
     * shows, and how many there are. A home's administrator's scope is the filter's home (the caller sets it); a
     * county auditor's here is the people who lived in the county's homes (now, with {@code currentOnly}).
     */
    public Slice<Listed> page(Caller caller, Filter filter, int first, int max) {
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
            if (caller.seesWholeIdNumbers() && !filter.idShownMasked()) {
                // the term is lower-cased for names: so is the number, or one ending in X is never found by it
                where.and("(lower(r.name) like :q or lower(r.idNumber) like :q)");
            } else {
                // the number is read masked: a search finds it only by what the mask shows
                IdNumberSearch id = IdNumberSearch.of(q);
                if (id instanceof IdNumberSearch.Whole w) {
                    where.and("(lower(r.name) like :q or r.idNumber = :qWhole)", "qWhole", w.value());
                } else if (id instanceof IdNumberSearch.Masked m) {
                    where.and(
                                    "(lower(r.name) like :q or (substring(r.idNumber, 1, "
                                            + IdNumber.VISIBLE_PREFIX + ") = :qFirst and substring(r.idNumber, "
                                            + (19 - IdNumber.VISIBLE_SUFFIX) + ", " + IdNumber.VISIBLE_SUFFIX
                                            + ") = :qLast))",
                                    "qFirst",
                                    m.prefix())
                            .param("qLast", m.suffix());
                } else if (id instanceof IdNumberSearch.Part p) {
                    where.and(
                            "(lower(r.name) like :q or substring(r.idNumber, 1, " + IdNumber.VISIBLE_PREFIX
                                    + ") like :qPart or substring(r.idNumber, " + (19 - IdNumber.VISIBLE_SUFFIX)
                                    + ", " + IdNumber.VISIBLE_SUFFIX + ") like :qPart)",
                            "qPart",
                            "%" + p.part() + "%");
                } else {
                    where.and("lower(r.name) like :q");
                }
            }
            where.param("q", "%" + q.toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        String orderBy = ORDER.clause(filter.order());
        long total = where.bind(em.createQuery("select count(r) from Resident r" + where, Long.class))
                .getSingleResult();
        // the stay shown: the latest (stays of a person never overlap, so their admission days differ)
        // (no max() over the day: it is compared, not aggregated, which every dialect's date mapping allows)
        String latestStay = "ls.residentId = r.id and not exists (select s2.id from Stay s2"
                + " where s2.residentId = r.id and s2.admittedOn > ls.admittedOn"
                + (filter.careHomeId() != null ? " and s2.careHomeId = :home)" : ")");
        if (filter.careHomeId() != null) {
            latestStay += " and ls.careHomeId = :home";
        }
        List<Listed> items = where.bind(em.createQuery(
                        "select r, ls.admittedOn, ls.dischargedOn, lb.code from Resident r"
                                + " left join Stay ls on " + latestStay
                                + " left join Occupancy lo on lo.stay = ls"
                                + " and lo.id = (select max(o2.id) from Occupancy o2 where o2.stay = ls)"
                                + " left join Bed lb on lb.id = lo.bedId"
                                + where + orderBy,
                        Object[].class))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(row -> new Listed((Resident) row[0], (LocalDate) row[1], (LocalDate) row[2], (String) row[3]))
                .toList();
        items.forEach(l -> l.resident().getAssessments().size());
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
