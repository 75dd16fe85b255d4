package com.jialicare.application.subsidy;

import com.jialicare.application.PolicyService;
import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.carehome.Bed;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.policy.ClawbackMode;
import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.policy.PolicyVersionRecord;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.subsidy.BedFacts;
import com.jialicare.domain.model.subsidy.Clawback;
import com.jialicare.domain.model.subsidy.HomeFacts;
import com.jialicare.domain.model.subsidy.PaidBed;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.domain.service.ConstructionClawback;
import com.jialicare.infrastructure.persistence.subsidy.ConstructionHoldRepository;
import com.jialicare.infrastructure.persistence.subsidy.ConstructionHoldRepository.BedLine;
import com.jialicare.infrastructure.persistence.subsidy.SubsidyFactsRepository;
import com.jialicare.infrastructure.persistence.subsidy.SubsidyFactsRepository.HomeRow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The construction hold period as it stands (docs/RULES.md §8.6): a care home's paid construction beds, each with
 * its payment, the end of its hold and the clawback due now ({@link ConstructionClawback}); and one bed's subsidy
 * history (claimed, paid, held until, due). Read-only; the adjustments ledger (§8.4) books what is due.
 *
 * <p>A paid bed is an eligible frozen line of a PAID construction application's paid revision. Its hold months and
 * clawback mode come from the policy version in force on the application's as-of date, in the policy table as it
 * stood when that revision was submitted (its lines frozen): versions added later never move frozen money (§8.3).
 */
@Stateless
public class ConstructionHold {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller callers;

    @Inject
    private Visibility visibility;

    @Inject
    private PolicyService policies;

    @Inject
    private SubsidyFactsRepository facts;

    @Inject
    private ConstructionHoldRepository lines;

    @Inject
    private Clock clock;

    /**
     * One paid bed.
     *
     * @param heldUntil the first day after the hold (paid on + hold months): a trigger on it or later recovers nothing
     * @param due       the clawback due today, or {@code null}
     */
    public record HeldBed(
            long bedId,
            String bedCode,
            long applicationId,
            int lineNo,
            BigDecimal amount,
            LocalDate asOf,
            LocalDate paidOn,
            LocalDate heldUntil,
            int holdMonths,
            ClawbackMode clawback,
            int policyVersion,
            Clawback due) {

        /** Whether the hold is still running on that day. */
        public boolean heldOn(LocalDate day) {
            return !day.isBefore(paidOn) && day.isBefore(heldUntil);
        }
    }

    /** One application's claim of the bed (a frozen line of its current revision). */
    public record BedClaim(
            long applicationId,
            ApplicationState state,
            int revision,
            LocalDate asOf,
            boolean eligible,
            BigDecimal amount,
            String reasonCode,
            LocalDate paidOn) {}

    /**
     * A bed's construction subsidy history.
     *
     * @param claims every application that froze a line for the bed, oldest first (returned ones included)
     * @param paid   the paid claim with its hold and the clawback due, or {@code null} if the bed was never paid
     * @param today  the day {@code paid.due()} was computed for
     */
    public record BedSubsidy(
            long bedId,
            long careHomeId,
            String code,
            LocalDate commissionedOn,
            LocalDate retiredOn,
            List<BedClaim> claims,
            HeldBed paid,
            LocalDate today) {}

    /**
     * The home's paid construction beds, by bed code, each with the clawback due today.
     *
     * @throws BusinessException 404 {@code CARE_HOME_NOT_FOUND} (also outside the caller's scope)
     */
    public List<HeldBed> ofHome(long careHomeId) {
        CareHome home = visibility.home(callers.get(), careHomeId);
        return held(HomeRow.of(home).facts(), lines.paidLines(careHomeId), LocalDate.now(clock));
    }

    /**
     * As {@link #ofHome} without a caller check: for the adjustments ledger (RULES.md §8.4, §8.6), whose callers
     * checked the home's scope.
     */
    public List<HeldBed> paidBeds(long careHomeId) {
        CareHome home = em.find(CareHome.class, careHomeId);
        return held(HomeRow.of(home).facts(), lines.paidLines(careHomeId), LocalDate.now(clock));
    }

    /**
     * One bed's subsidy history: its claims, its payment, hold and clawback due today.
     *
     * @throws BusinessException 404 {@code BED_NOT_FOUND} (also when its home is outside the caller's scope)
     */
    public BedSubsidy ofBed(long bedId) {
        Caller caller = callers.get();
        Bed bed = em.find(Bed.class, bedId);
        if (bed == null) {
            throw notFound(bedId);
        }
        CareHome home;
        try {
            home = visibility.home(caller, bed.getCareHomeId());
        } catch (BusinessException e) {
            throw notFound(bedId); // the same answer as a bed that does not exist
        }
        LocalDate today = LocalDate.now(clock);
        List<BedLine> all = lines.linesOfBed(bedId);
        List<BedClaim> claims = new ArrayList<>(all.size());
        List<BedLine> paid = new ArrayList<>();
        for (BedLine l : all) {
            claims.add(new BedClaim(
                    l.applicationId(),
                    l.state(),
                    l.revision(),
                    l.asOf(),
                    l.eligible(),
                    l.amount(),
                    l.reasonCode(),
                    l.paidOn()));
            if (l.state() == ApplicationState.PAID && l.eligible()) {
                paid.add(l);
            }
        }
        List<HeldBed> held = held(HomeRow.of(home).facts(), paid, today);
        return new BedSubsidy(
                bedId,
                bed.getCareHomeId(),
                bed.getCode(),
                bed.getCommissionedOn(),
                bed.getRetiredOn(),
                List.copyOf(claims),
                held.isEmpty() ? null : held.get(held.size() - 1),
                today);
    }

    private List<HeldBed> held(HomeFacts home, List<BedLine> paid, LocalDate today) {
        if (paid.isEmpty()) {
            return List.of();
        }
        Map<Long, BedFacts> beds = new HashMap<>();
        for (BedFacts b : facts.beds(SubsidyFactsRepository.HomeSelection.home(home.careHomeId()))
                .getOrDefault(home.careHomeId(), List.of())) {
            beds.put(b.bedId(), b);
        }
        List<PolicyVersionRecord> records = policies.versions();
        List<HeldBed> result = new ArrayList<>(paid.size());
        for (BedLine l : paid) {
            PolicyVersion policy = asItStood(records, l.submittedAt(), l.asOf());
            PaidBed p = new PaidBed(l.bedId(), l.amount(), l.asOf(), l.paidOn(), policy);
            BedFacts bed = beds.get(l.bedId());
            Optional<Clawback> due = bed == null ? Optional.empty() : ConstructionClawback.due(p, bed, home, today);
            result.add(new HeldBed(
                    l.bedId(),
                    l.bedCode(),
                    l.applicationId(),
                    l.lineNo(),
                    l.amount(),
                    l.asOf(),
                    l.paidOn(),
                    p.heldUntil(),
                    policy.constructionHoldMonths(),
                    policy.constructionClawback(),
                    policy.version(),
                    due.orElse(null)));
        }
        return result;
    }

    /**
     * The version in force on {@code asOf} in the table as it stood at {@code frozenAt}: versions added after it are
     * left out (versions added later never move frozen money).
     */
    static PolicyVersion asItStood(List<PolicyVersionRecord> records, Instant frozenAt, LocalDate asOf) {
        List<PolicyVersion> then = new ArrayList<>();
        List<PolicyVersion> all = new ArrayList<>();
        for (PolicyVersionRecord r : records) {
            PolicyVersion v = r.toPolicyVersion();
            all.add(v);
            if (frozenAt == null || !r.getCreatedAt().isAfter(frozenAt)) {
                then.add(v);
            }
        }
        PolicyTable table = new PolicyTable(then.isEmpty() ? all : then);
        return table.findInForceOn(asOf).orElseGet(() -> new PolicyTable(all).inForceOn(asOf));
    }

    private static BusinessException notFound(long bedId) {
        return BusinessException.notFound("BED_NOT_FOUND", "No bed " + bedId, bedId);
    }
}
