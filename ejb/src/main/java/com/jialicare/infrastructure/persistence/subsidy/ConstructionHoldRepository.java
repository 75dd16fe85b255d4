package com.jialicare.infrastructure.persistence.subsidy;

import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The construction lines of the applications, as the hold period (docs/RULES.md §8.6) and a bed's subsidy
 * history read them: the frozen lines ({@code application_line}) of each application's current revision — for a
 * PAID application, the revision that was paid. One query per call; runs in the caller's transaction.
 */
@ApplicationScoped
public class ConstructionHoldRepository {

    @PersistenceContext
    private EntityManager em;

    /**
     * One frozen construction line of an application's current revision.
     *
     * @param submittedAt when that revision was submitted (its lines frozen)
     */
    public record BedLine(
            long applicationId,
            ApplicationState state,
            int revision,
            LocalDate asOf,
            Instant submittedAt,
            LocalDate paidOn,
            int lineNo,
            long bedId,
            String bedCode,
            boolean eligible,
            BigDecimal amount,
            String reasonCode,
            int policyVersion) {}

    private static final String SELECT = "select a.id, a.state, a.revision, a.asOf, a.submittedAt, a.paidOn, l.lineNo,"
            + " l.bedId, l.bedCode, l.eligible, l.amount, l.reasonCode, l.policyVersion"
            + " from FrozenLine l, Application a"
            + " where a.id = l.applicationId and l.revision = a.revision and a.kind = :kind and l.bedId is not null";

    private static BedLine line(Object[] r) {
        return new BedLine(
                (Long) r[0],
                (ApplicationState) r[1],
                (Integer) r[2],
                (LocalDate) r[3],
                (Instant) r[4],
                (LocalDate) r[5],
                (Integer) r[6],
                (Long) r[7],
                (String) r[8],
                (Boolean) r[9],
                (BigDecimal) r[10],
                (String) r[11],
                (Integer) r[12]);
    }

    /** The eligible lines of the home's PAID construction applications, by bed code and application. */
    public List<BedLine> paidLines(long careHomeId) {
        return em
                .createQuery(
                        SELECT + " and a.careHomeId = :home and a.state = :paid and l.eligible = true"
                                + " order by l.bedCode, a.id",
                        Object[].class)
                .setParameter("kind", ApplicationKind.CONSTRUCTION)
                .setParameter("home", careHomeId)
                .setParameter("paid", ApplicationState.PAID)
                .getResultList()
                .stream()
                .map(ConstructionHoldRepository::line)
                .toList();
    }

    /** Every frozen line of that bed, in any application and state, oldest application first. */
    public List<BedLine> linesOfBed(long bedId) {
        return em
                .createQuery(SELECT + " and l.bedId = :bed order by a.id", Object[].class)
                .setParameter("kind", ApplicationKind.CONSTRUCTION)
                .setParameter("bed", bedId)
                .getResultList()
                .stream()
                .map(ConstructionHoldRepository::line)
                .toList();
    }
}
