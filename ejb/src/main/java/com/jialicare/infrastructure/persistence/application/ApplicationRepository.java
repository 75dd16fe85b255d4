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
import java.time.LocalDate;
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
    public record ClaimedMonth(long applicationId, ApplicationKind kind, ApplicationState state, LocalDate month) {}

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
                        "select a.id, a.kind, a.state, l.month from FrozenLine l, Application a "
                                + "where l.applicationId = a.id and l.revision = a.revision and l.residentId = :r and l.eligible = true "
                                + "order by a.id, l.month",
                        Object[].class)
                .setParameter("r", residentId)
                .getResultStream()
                .map(r -> new ClaimedMonth(
                        (Long) r[0], (ApplicationKind) r[1], (ApplicationState) r[2], (LocalDate) r[3]))
                .toList();
    }
}
