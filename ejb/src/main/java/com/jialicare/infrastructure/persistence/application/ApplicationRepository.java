package com.jialicare.infrastructure.persistence.application;

import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.application.FrozenLine;
import com.jialicare.domain.model.application.Objection;
import com.jialicare.domain.model.shared.ListOrder;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.CallerScope;
import com.jialicare.infrastructure.persistence.OrderBy;
import com.jialicare.infrastructure.persistence.Slice;
import com.jialicare.infrastructure.persistence.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The queries over subsidy applications, their frozen lines and objections. Runs in the caller's transaction. */
@ApplicationScoped
public class ApplicationRepository {

    /**
     * What a list of applications asks for, besides the caller's scope; null or empty parts ask for nothing.
     *
     * @param waiting       states that wait for someone ({@code a.state in …}) …
     * @param noticeEndedBy … or, with this day, applications under a public notice whose last day is before it
     */
    public record Filter(
            ApplicationState state,
            String countyCode,
            Long careHomeId,
            Set<ApplicationState> waiting,
            LocalDate noticeEndedBy,
            String query,
            ListOrder order) {

        public static Filter of(ApplicationState state, String countyCode, Long careHomeId) {
            return new Filter(state, countyCode, careHomeId, null, null, null, null);
        }

        public static Filter waiting(Set<ApplicationState> states, LocalDate noticeEndedBy) {
            return new Filter(null, null, null, states, noticeEndedBy, null, null);
        }

        /** The same, searched (the home's name, or the application's number) and in that order (null: newest first). */
        public Filter searched(String query, ListOrder order) {
            return new Filter(state, countyCode, careHomeId, waiting, noticeEndedBy, query, order);
        }
    }

    /** What a list of applications may be sorted by; the default is the newest first. */
    public static final OrderBy ORDER = OrderBy.of(
            Map.of(
                    "id", "a.id",
                    "home", "h.name",
                    "county", "h.countyCode",
                    "kind", "a.kind",
                    "state", "a.state",
                    "submittedOn", "a.submittedAt",
                    "daysWaiting", "~a.submittedAt",
                    "total", "a.total"),
            "a.id desc",
            "a.id");

    /** An application in a list, with its home's name and county. */
    public record Listed(Application application, String homeName, String countyCode) {}

    /** A month of a resident in an application's current revision, eligible. */
    /** {@code noticeLastDay}: the last day of the application's notice, null if none was started. */
    public record ClaimedMonth(
            long applicationId,
            ApplicationKind kind,
            ApplicationState state,
            LocalDate month,
            LocalDate noticeLastDay) {}

    @PersistenceContext
    private EntityManager em;

    /**
     * The applications the caller sees that the filter asks for, in its order (newest first unless it says
     * otherwise): a page of them, and how many.
     */
    public Slice<Listed> page(Caller caller, Filter filter, int first, int max) {
        Where where = new Where().and("h.id = a.careHomeId");
        if (filter.waiting() != null) {
            if (filter.noticeEndedBy() == null) {
                where.and("a.state in :waiting", "waiting", filter.waiting());
            } else {
                where.and(
                                "(a.state in :waiting or (a.state = :notice and a.noticeUntil <= :noticeEndedBy))",
                                "waiting",
                                filter.waiting())
                        .param("notice", ApplicationState.PUBLIC_NOTICE)
                        .param("noticeEndedBy", filter.noticeEndedBy());
            }
        }
        CallerScope.homes(caller, "a.careHomeId", "h.countyCode", where);
        if (filter.state() != null) {
            where.and("a.state = :state", "state", filter.state());
        }
        if (filter.countyCode() != null && !filter.countyCode().isBlank()) {
            where.and("h.countyCode = :county", "county", filter.countyCode());
        }
        if (filter.careHomeId() != null) {
            where.and("a.careHomeId = :home", "home", filter.careHomeId());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            String q = filter.query().strip();
            if (q.chars().allMatch(Character::isDigit) && q.length() < 18) {
                where.and("(lower(h.name) like :q or a.id = :qId)", "qId", Long.parseLong(q));
            } else {
                where.and("lower(h.name) like :q");
            }
            where.param("q", "%" + q.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        String orderBy = ORDER.clause(filter.order());
        long total = where.bind(em.createQuery("select count(a) from Application a, CareHome h" + where, Long.class))
                .getSingleResult();
        List<Listed> items = where.bind(em.createQuery(
                        "select a, h.name, h.countyCode from Application a, CareHome h" + where + orderBy,
                        Object[].class))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(r -> new Listed((Application) r[0], (String) r[1], (String) r[2]))
                .toList();
        return new Slice<>(total, items);
    }

    public boolean voucherUsed(String voucher) {
        return !em.createQuery("select x.id from Application x where x.voucher = :v")
                .setParameter("v", voucher)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Applications in the state {@code PUBLIC_NOTICE}, by the notice's first day and id. */
    public List<Application> inPublicNotice() {
        return em.createQuery(
                        "select a from Application a where a.state = :s order by a.noticeFrom, a.id", Application.class)
                .setParameter("s", ApplicationState.PUBLIC_NOTICE)
                .getResultList();
    }

    /** The lines of one revision of an application, in order. */
    public List<FrozenLine> lines(long applicationId, int revision) {
        return em.createQuery(
                        "select l from FrozenLine l where l.applicationId = :a and l.revision = :r "
                                + "order by l.lineNo",
                        FrozenLine.class)
                .setParameter("a", applicationId)
                .setParameter("r", revision)
                .getResultList();
    }

    /** The home's paid applications of a kind, oldest first (RULES.md §8.4: what adjustments correct). */
    public List<Application> paid(long careHomeId, ApplicationKind kind) {
        return em.createQuery(
                        "select a from Application a where a.careHomeId = :h and a.kind = :k and a.state = :s "
                                + "order by a.id",
                        Application.class)
                .setParameter("h", careHomeId)
                .setParameter("k", kind)
                .setParameter("s", ApplicationState.PAID)
                .getResultList();
    }

    /**
     * Every paid application whose period touches {@code year}: an operating one whose months overlap it, a
     * construction one whose as-of day is in it; by id (RULES.md §8.3, the recomputation of every paid line).
     */
    public List<Application> paidIn(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return em.createQuery(
                        "select a from Application a where a.state = :s and ("
                                + "(a.kind = :operating and a.fromMonth <= :last and a.toMonth >= :first) or "
                                + "(a.kind = :construction and a.asOf >= :first and a.asOf <= :last)) order by a.id",
                        Application.class)
                .setParameter("s", ApplicationState.PAID)
                .setParameter("operating", ApplicationKind.OPERATING)
                .setParameter("construction", ApplicationKind.CONSTRUCTION)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList();
    }

    /** A claimed (eligible) resident-month line of an application's current revision, as read in bulk. */
    public record ClaimedMonthLine(long applicationId, long stayId, LocalDate month, BigDecimal amount) {}

    /**
     * The claimed resident-month lines of the current revisions of {@code applicationIds} (at most a few
     * thousand ids a call), as plain values: none of them becomes a managed entity.
     */
    public List<ClaimedMonthLine> claimedMonthLines(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select l.applicationId, l.stayId, l.month, l.amount from FrozenLine l, Application a "
                                + "where a.id in :ids and l.applicationId = a.id and l.revision = a.revision "
                                + "and l.eligible = true and l.stayId is not null",
                        Object[].class)
                .setParameter("ids", applicationIds)
                .getResultStream()
                .map(r -> new ClaimedMonthLine((Long) r[0], (Long) r[1], (LocalDate) r[2], (BigDecimal) r[3]))
                .toList();
    }

    /** The objections to an application, in the order they were raised. */
    public List<Objection> objections(long applicationId) {
        return em.createQuery(
                        "select o from Objection o where o.applicationId = :a order by o.raisedAt, o.id",
                        Objection.class)
                .setParameter("a", applicationId)
                .getResultList();
    }

    /** The resident's eligible months in the current revision of every application, by application and month. */
    public List<ClaimedMonth> eligibleMonthsOf(long residentId) {
        return em.createQuery(
                        "select a.id, a.kind, a.state, l.month, a.noticeUntil from FrozenLine l, Application a "
                                + "where l.applicationId = a.id and l.revision = a.revision and l.residentId = :r and l.eligible = true "
                                + "order by a.id, l.month",
                        Object[].class)
                .setParameter("r", residentId)
                .getResultStream()
                .map(r -> new ClaimedMonth(
                        (Long) r[0],
                        (ApplicationKind) r[1],
                        (ApplicationState) r[2],
                        (LocalDate) r[3],
                        r[4] == null ? null : ((LocalDate) r[4]).minusDays(1)))
                .toList();
    }

    /**
     * One group of the pipeline (RULES.md §8.8): a home's applications of one kind in one state, how many and their
     * totals ({@code total}; {@code paidAmount} only of paid ones, else 0).
     */
    public record PipelineGroup(
            String countyCode,
            long careHomeId,
            String homeName,
            ApplicationKind kind,
            ApplicationState state,
            long count,
            BigDecimal total,
            BigDecimal paidAmount) {}

    /**
     * The applications of a year in the given states, summed per home, kind and state in one query: an
     * application's year is that of its as-of date (construction) or of its first month (operating). {@code
     * countyCode} and {@code careHomeId}: null for all (the caller's scope is the service's to check).
     */
    public List<PipelineGroup> pipeline(int year, Set<ApplicationState> states, String countyCode, Long careHomeId) {
        Where where = yearOf(year, states, countyCode, careHomeId);
        return where.bind(em.createQuery(
                        "select h.countyCode, h.id, h.name, a.kind, a.state, count(a), sum(a.total), "
                                + "sum(a.paidAmount) from Application a, CareHome h"
                                + where
                                + " group by h.countyCode, h.id, h.name, a.kind, a.state"
                                + " order by h.countyCode, h.name, h.id",
                        Object[].class))
                .getResultStream()
                .map(r -> new PipelineGroup(
                        (String) r[0],
                        (Long) r[1],
                        (String) r[2],
                        (ApplicationKind) r[3],
                        (ApplicationState) r[4],
                        (Long) r[5],
                        money(r[6]),
                        money(r[7])))
                .toList();
    }

    /** The applications of a home's year in the given states (the pipeline's drill-down), oldest first. */
    public List<Application> ofYear(long careHomeId, int year, Set<ApplicationState> states) {
        Where where = yearOf(year, states, null, careHomeId);
        return where.bind(em.createQuery(
                        "select a from Application a, CareHome h" + where + " order by a.id", Application.class))
                .getResultList();
    }

    private static Where yearOf(int year, Set<ApplicationState> states, String countyCode, Long careHomeId) {
        Where where = new Where()
                .and("h.id = a.careHomeId")
                .and("a.state in :states", "states", states)
                .and("coalesce(a.asOf, a.fromMonth) >= :yearStart", "yearStart", LocalDate.of(year, 1, 1))
                .and("coalesce(a.asOf, a.fromMonth) < :yearEnd", "yearEnd", LocalDate.of(year + 1, 1, 1));
        if (countyCode != null) {
            where.and("h.countyCode = :county", "county", countyCode);
        }
        if (careHomeId != null) {
            where.and("a.careHomeId = :home", "home", careHomeId);
        }
        return where;
    }

    private static BigDecimal money(Object sum) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return sum == null ? zero : ((BigDecimal) sum).setScale(2);
    }
}
