package com.jialicare.infrastructure.persistence.registry;

import com.jialicare.domain.model.registry.CaseState;
import com.jialicare.domain.model.registry.ReportedEvent;
import com.jialicare.domain.model.registry.ReportedEventKind;
import com.jialicare.domain.model.registry.ReportedOutcome;
import com.jialicare.domain.model.resident.Resident;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The queries over reported events and their cases. Runs in the caller's transaction. */
@ApplicationScoped
public class ReportedEventRepository {

    @PersistenceContext
    private EntityManager em;

    /** Every event reported of these ID numbers (any list, any kind), in IN queries of at most 1,000. */
    public List<ReportedEvent> ofIdNumbers(List<String> idNumbers) {
        List<ReportedEvent> found = new ArrayList<>();
        for (int i = 0; i < idNumbers.size(); i += 1000) {
            found.addAll(em.createQuery("select e from ReportedEvent e where e.idNumber in :ids", ReportedEvent.class)
                    .setParameter("ids", idNumbers.subList(i, Math.min(idNumbers.size(), i + 1000)))
                    .getResultList());
        }
        return found;
    }

    /** The days other events (not dismissed) reported for this person and kind. */
    public List<LocalDate> otherReportedDays(String idNumber, ReportedEventKind kind, long exceptId) {
        return em.createQuery(
                        "select distinct e.eventDate from ReportedEvent e where e.idNumber = :n and e.kind = :k"
                                + " and e.id <> :id and e.outcome <> :dismissed",
                        LocalDate.class)
                .setParameter("n", idNumber)
                .setParameter("k", kind)
                .setParameter("id", exceptId)
                .setParameter("dismissed", ReportedOutcome.DISMISSED)
                .getResultList();
    }

    /** The registered person with this ID number, if any (unchecked: the caller checks the scope). */
    public Optional<Resident> residentByIdNumber(String idNumber) {
        return em.createQuery("select r from Resident r where r.idNumber = :n", Resident.class)
                .setParameter("n", idNumber)
                .getResultStream()
                .findFirst();
    }

    /** The cases of a queue ({@code countyCode}, or every queue when null), newest first, and their count. */
    public List<ReportedEvent> cases(CaseState state, String countyCode, int first, int max) {
        var q = em.createQuery(
                "select e from ReportedEvent e" + where(state, countyCode) + " order by e.id desc",
                ReportedEvent.class);
        bind(q, state, countyCode);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countCases(CaseState state, String countyCode) {
        var q = em.createQuery("select count(e) from ReportedEvent e" + where(state, countyCode), Long.class);
        bind(q, state, countyCode);
        return q.getSingleResult();
    }

    private static String where(CaseState state, String countyCode) {
        return " where e.caseState is not null"
                + (state == null ? "" : " and e.caseState = :state")
                + (countyCode == null ? "" : " and e.countyCode = :county");
    }

    private static void bind(jakarta.persistence.TypedQuery<?> q, CaseState state, String countyCode) {
        if (state != null) {
            q.setParameter("state", state);
        }
        if (countyCode != null) {
            q.setParameter("county", countyCode);
        }
    }
}
