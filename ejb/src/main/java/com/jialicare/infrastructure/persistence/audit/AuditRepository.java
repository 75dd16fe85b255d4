package com.jialicare.infrastructure.persistence.audit;

import com.jialicare.domain.model.audit.AuditEvent;
import com.jialicare.domain.model.audit.AuditFilter;
import com.jialicare.domain.model.shared.CityTime;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.Slice;
import com.jialicare.infrastructure.persistence.Where;
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

    /**
     * The newest event on any of {@code records} (entity type to ids) that happened after {@code after}: the
     * change or correction behind a recomputed line (RULES.md §8.3). Empty when there is none.
     */
    public java.util.Optional<AuditEvent> newestAfter(
            java.util.Map<String, java.util.Collection<Long>> records, java.time.Instant after) {
        StringBuilder q = new StringBuilder("select e from AuditEvent e where e.occurredAt > :after and (");
        int n = 0;
        for (var r : records.entrySet()) {
            if (r.getValue().isEmpty()) {
                continue;
            }
            q.append(n == 0 ? "" : " or ")
                    .append("(e.entityType = :t")
                    .append(n)
                    .append(" and e.entityId in :i")
                    .append(n)
                    .append(')');
            n++;
        }
        if (n == 0) {
            return java.util.Optional.empty();
        }
        var query = em.createQuery(
                        q.append(") order by e.occurredAt desc, e.id desc").toString(), AuditEvent.class)
                .setParameter("after", after)
                .setMaxResults(1);
        n = 0;
        for (var r : records.entrySet()) {
            if (r.getValue().isEmpty()) {
                continue;
            }
            query.setParameter("t" + n, r.getKey()).setParameter("i" + n, r.getValue());
            n++;
        }
        return query.getResultStream().findFirst();
    }

    /**
     * One page of the events {@code filter} selects, rows {@code first} to {@code first + max}, and how many there
     * are: two queries (the page and its count). With {@code filter.related()}, a record's related records are
     * read in the same query (each an {@code in} over the {@code (entity_type, entity_id)} index): a resident's
     * stays, their absences and the resident's assessments, a stay's absences, a home's beds. The related stays
     * are only those in {@code caller}'s scope (a home's administrator sees only their home's stays of a
     * resident who also lived elsewhere); the record itself has been checked by the service.
     */
    public Slice<AuditEvent> find(Caller caller, AuditFilter filter, int first, int max) {
        Where where = where(caller, filter);
        long total = where.bind(em.createQuery("select count(e) from AuditEvent e" + where, Long.class))
                .getSingleResult();
        String order = filter.order() == AuditFilter.Order.NEWEST_FIRST
                ? " order by e.occurredAt desc, e.id desc"
                : " order by e.occurredAt, e.id";
        List<AuditEvent> items = total == 0
                ? List.of()
                : where.bind(em.createQuery("select e from AuditEvent e" + where + order, AuditEvent.class))
                        .setFirstResult(first)
                        .setMaxResults(max)
                        .getResultList();
        return new Slice<>(total, items);
    }

    static Where where(Caller caller, AuditFilter f) {
        Where where = new Where();
        if (f.oneRecord()) {
            String self = "(e.entityType = :type and e.entityId = :id)";
            where.param("type", f.entityType()).param("id", f.entityId());
            if (!f.related()) {
                where.and(self);
            } else {
                switch (f.entityType()) {
                    case "Resident" -> {
                        String stays = "select s.id from Stay s where s.residentId = :id" + stayScope(caller, where);
                        where.and("(" + self
                                + " or (e.entityType = 'Stay' and e.entityId in (" + stays + "))"
                                + " or (e.entityType = 'Absence' and e.entityId in (select a.id from Absence a"
                                + " where a.stay.id in (" + stays + ")))"
                                + " or (e.entityType = 'Assessment' and e.entityId in (select x.id from Assessment x"
                                + " where x.resident.id = :id)))");
                    }
                    case "Stay" ->
                        where.and("(" + self + " or (e.entityType = 'Absence' and e.entityId in "
                                + "(select a.id from Absence a where a.stay.id = :id)))");
                    case "CareHome" ->
                        where.and("(" + self + " or (e.entityType = 'Bed' and e.entityId in "
                                + "(select b.id from Bed b where b.careHomeId = :id)))");
                    default -> where.and(self);
                }
            }
        }
        if (!f.oneRecord() && caller.role() == Role.COUNTY_AUDITOR) {
            where.and(county(), "scopeCounty", caller.countyCode());
        }
        if (f.actor() != null) {
            where.and("e.actor = :actor", "actor", f.actor());
        }
        if (f.action() != null) {
            where.and("e.action = :action", "action", f.action());
        }
        if (f.from() != null) {
            where.and(
                    "e.occurredAt >= :from",
                    "from",
                    f.from().atStartOfDay(CityTime.ZONE).toInstant());
        }
        if (f.to() != null) {
            where.and(
                    "e.occurredAt < :until",
                    "until",
                    f.to().plusDays(1).atStartOfDay(CityTime.ZONE).toInstant());
        }
        if (f.kind() == AuditFilter.Kind.CORRECTION) {
            where.and("e.reason is not null and e.effectiveOn is null");
        } else if (f.kind() == AuditFilter.Kind.CHANGE) {
            where.and("e.effectiveOn is not null");
        }
        return where;
    }

    /**
     * A county auditor's search over every record (docs/RULES.md §7): the events of the county's homes, their beds,
     * stays, absences and applications, and of the residents those homes registered or housed (and their
     * assessments), as {@code CallerScope.residents} says for one resident. Parameter {@code scopeCounty}.
     */
    static String county() {
        String homes = "select h.id from CareHome h where h.countyCode = :scopeCounty";
        String residents = "select r.id from Resident r where r.registeredByHomeId in ("
                + homes.replace("h.", "h1.").replace(" h ", " h1 ")
                + ") or r.id in (select s2.residentId from Stay s2 where s2.careHomeId in ("
                + homes.replace("h.", "h2.").replace(" h ", " h2 ") + "))";
        return "((e.entityType = 'CareHome' and e.entityId in (" + homes + "))"
                + " or (e.entityType = 'Bed' and e.entityId in (select b.id from Bed b where b.careHomeId in ("
                + homes.replace("h.", "h3.").replace(" h ", " h3 ") + ")))"
                + " or (e.entityType = 'Stay' and e.entityId in (select s.id from Stay s where s.careHomeId in ("
                + homes.replace("h.", "h4.").replace(" h ", " h4 ") + ")))"
                + " or (e.entityType = 'Absence' and e.entityId in (select a.id from Absence a where a.stay.careHomeId in ("
                + homes.replace("h.", "h5.").replace(" h ", " h5 ") + ")))"
                + " or (e.entityType = 'Application' and e.entityId in (select p.id from Application p where p.careHomeId in ("
                + homes.replace("h.", "h6.").replace(" h ", " h6 ") + ")))"
                + " or (e.entityType = 'Resident' and e.entityId in (" + residents + "))"
                + " or (e.entityType = 'Assessment' and e.entityId in (select x.id from Assessment x where x.resident.id in ("
                + residents
                        .replace("r.", "r7.")
                        .replace(" r ", " r7 ")
                        .replace("s2", "s7")
                        .replace("h1", "h71")
                        .replace("h2", "h72")
                + "))))";
    }

    /** The condition on a related stay {@code s} of the caller's scope, as for one stay (Visibility). */
    private static String stayScope(Caller caller, Where where) {
        return switch (caller.role()) {
            case ADMIN, CITY_AUDITOR -> "";
            case HOME_ADMIN -> {
                where.param("scopeHome", caller.careHomeId());
                yield " and s.careHomeId = :scopeHome";
            }
            case COUNTY_AUDITOR -> {
                where.param("scopeCounty", caller.countyCode());
                yield " and s.careHomeId in (select h.id from CareHome h where h.countyCode = :scopeCounty)";
            }
            case FAMILY -> " and 1 = 0";
        };
    }
}
