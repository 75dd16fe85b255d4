package com.jialicare.application.subsidy;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.domain.model.adjustment.Adjustment;
import com.jialicare.domain.model.adjustment.AdjustmentState;
import com.jialicare.domain.model.adjustment.AdjustmentType;
import com.jialicare.domain.model.adjustment.Ledger;
import com.jialicare.domain.model.adjustment.Owed;
import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.FrozenLine;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.adjustment.AdjustmentRepository;
import com.jialicare.infrastructure.persistence.application.ApplicationRepository;
import com.jialicare.infrastructure.persistence.resident.ResidentRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Adjustments as their readers see them (RULES.md §8.4): a home's outstanding ones (computed from the facts, never
 * stored: no id), those its applications claimed or were paid, and what one application carries with its totals.
 * The REST resources and the JSF pages both read through here; the caller checks are those of the home and of the
 * application (outside the scope, and for families: 404, as for a record that does not exist).
 */
@Stateless
public class AdjustmentService {

    @Inject
    private CurrentCaller callers;

    @Inject
    private Visibility visibility;

    @Inject
    private RecomputationService recomputation;

    @Inject
    private AdjustmentRepository adjustments;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ResidentRepository residents;

    @PersistenceContext
    private EntityManager em;

    /**
     * One adjustment. {@code id} is null for an outstanding one (computed, not stored); {@code applicationId} is the
     * application that claimed it (null while outstanding). {@code amount}: positive back-pay (补发), negative
     * recovery (追缴); for an outstanding recovery partly claimed already, what is left. {@code oldAmount} is what
     * was paid for the key (its line plus the adjustments already claimed), {@code newAmount} what the facts give now.
     */
    public record Entry(
            Long id,
            Long applicationId,
            AdjustmentType type,
            ApplicationKind kind,
            BigDecimal amount,
            long correctsApplicationId,
            Integer lineNo,
            YearMonth month,
            Long stayId,
            Long bedId,
            Long residentId,
            BigDecimal oldAmount,
            BigDecimal newAmount,
            String causeKind,
            Long causeAuditEventId,
            AdjustmentState state,
            boolean holdPeriod) {

        static Entry of(Adjustment a) {
            return new Entry(
                    a.getId(),
                    a.getApplicationId(),
                    a.getType(),
                    a.getKind(),
                    a.getAmount(),
                    a.getCorrectsApplicationId(),
                    a.getCorrectsLineNo(),
                    a.getMonth() == null ? null : YearMonth.from(a.getMonth()),
                    a.getStayId(),
                    a.getBedId(),
                    a.getResidentId(),
                    a.getOldAmount(),
                    a.getNewAmount(),
                    a.getCauseKind(),
                    a.getCauseAuditEventId(),
                    a.getState(),
                    a.isHoldPeriod());
        }

        static Entry outstanding(Owed o) {
            return claimed(o, o.amount(), AdjustmentState.OUTSTANDING);
        }

        /** What a draft would claim of an outstanding adjustment if it were submitted now. */
        static Entry claimed(Owed o, BigDecimal amount, AdjustmentState state) {
            return new Entry(
                    null,
                    null,
                    AdjustmentType.of(amount),
                    o.key().kind(),
                    amount,
                    o.correctsApplicationId(),
                    o.lineNo(),
                    o.key().month(),
                    o.key().stayId(),
                    o.key().bedId(),
                    o.residentId(),
                    o.oldAmount(),
                    o.newAmount(),
                    o.cause() == null ? null : o.cause().kind(),
                    o.cause() == null ? null : o.cause().auditEventId(),
                    state,
                    o.key().hold());
        }
    }

    /** Adjustments with the names of the residents they concern. */
    public record Listing(List<Entry> entries, Map<Long, String> residentNames) {}

    /**
     * What an application carries (RULES.md §8.4), for the revision shown: the adjustments it claimed (a draft: what
     * it would claim if submitted now, ids null, state {@code OUTSTANDING}) and the totals: {@code total} =
     * {@code linesTotal} + {@code adjustmentsTotal}, never below zero; {@code recoveryCarriedOver} is what the
     * recoveries could not take and is still owed.
     */
    public record Carried(
            List<Entry> entries,
            Map<Long, String> residentNames,
            BigDecimal linesTotal,
            BigDecimal adjustmentsTotal,
            BigDecimal total,
            BigDecimal recoveryCarriedOver) {}

    /**
     * {@code GET /api/care-homes/{id}/adjustments}: the home's adjustments in {@code state} (null: outstanding,
     * claimed and paid — released ones only when asked for) of {@code kind} (null: both), outstanding ones first
     * in the order a next application claims them, then the stored ones newest first.
     *
     * @throws BusinessException 404 {@code CARE_HOME_NOT_FOUND} (also outside the caller's scope, and families)
     */
    public Listing ofHome(long careHomeId, AdjustmentState state, ApplicationKind kind) {
        Caller caller = callers.get();
        visibility.home(caller, careHomeId);
        List<Entry> result = new ArrayList<>();
        if (state == null || state == AdjustmentState.OUTSTANDING) {
            for (ApplicationKind k : kinds(kind)) {
                recomputation.outstanding(careHomeId, k).stream()
                        .map(Entry::outstanding)
                        .forEach(result::add);
            }
        }
        for (AdjustmentState s : stored(state)) {
            adjustments.ofHome(careHomeId, kind, s).stream().map(Entry::of).forEach(result::add);
        }
        return new Listing(result, names(result));
    }

    /**
     * The adjustments and totals of an application's revision {@code revision} (null or 0: the current one; a draft
     * shows what it would claim now).
     *
     * @throws BusinessException 404 {@code APPLICATION_NOT_FOUND} (also outside the caller's scope, and families)
     */
    public Carried ofApplication(long applicationId, Integer revision) {
        return ofApplication(applicationId, revision, null);
    }

    /**
     * As {@link #ofApplication(long, Integer)}; {@code draftLinesTotal}: the eligible lines' sum of a draft's
     * preview when the caller has it already (null: computed here).
     */
    public Carried ofApplication(long applicationId, Integer revision, BigDecimal draftLinesTotal) {
        Application a = visibleApplication(applicationId);
        if (a.getRevision() == 0) {
            BigDecimal lines = draftLinesTotal != null ? draftLinesTotal.setScale(2) : previewLinesTotal(a);
            if (a.getState() != com.jialicare.domain.model.application.ApplicationState.DRAFT) {
                return new Carried(List.of(), Map.of(), lines, zero(), lines, zero()); // withdrawn unsubmitted
            }
            Ledger.Netting n = Ledger.net(lines, recomputation.outstanding(a.getCareHomeId(), a.getKind()));
            List<Entry> entries = n.claims().stream()
                    .map(c -> Entry.claimed(c.owed(), c.amount(), AdjustmentState.OUTSTANDING))
                    .toList();
            return new Carried(
                    entries, names(entries), n.linesTotal(), n.adjustmentsTotal(), n.total(), n.recoveryCarriedOver());
        }
        int shown = revision == null || revision == 0 ? a.getRevision() : revision;
        List<Entry> entries =
                adjustments.of(applicationId, shown).stream().map(Entry::of).toList();
        if (shown == a.getRevision() && a.getLinesTotal() != null) {
            return new Carried(
                    entries,
                    names(entries),
                    a.getLinesTotal(),
                    a.getAdjustmentsTotal(),
                    a.getTotal(),
                    a.getRecoveryCarriedOver());
        }
        // an earlier revision: its own lines and what it claimed (the carried-over part is not kept per revision)
        BigDecimal lines = applications.lines(applicationId, shown).stream()
                .filter(FrozenLine::isEligible)
                .map(FrozenLine::getAmount)
                .reduce(zero(), BigDecimal::add);
        BigDecimal adjusted = entries.stream().map(Entry::amount).reduce(zero(), BigDecimal::add);
        return new Carried(
                entries, names(entries), lines, adjusted, lines.add(adjusted).max(zero()), zero());
    }

    /**
     * The adjustments an elder's stays had, for their family (API.md, Family): only the stored ones (claimed by an
     * application of the home, or paid), no other person's, for the residents linked to the family account.
     *
     * @throws BusinessException 403 {@code ROLE_NOT_ALLOWED} unless a family account
     */
    public List<Entry> ofElder(long residentId) {
        Caller caller = callers.get();
        caller.require(Role.FAMILY);
        if (!caller.residentIds().contains(residentId)) {
            return List.of();
        }
        return adjustments.ofResident(residentId).stream().map(Entry::of).toList();
    }

    /** The draft's eligible lines as a submission now would freeze them (the application's preview). */
    private BigDecimal previewLinesTotal(Application a) {
        if (a.getKind() == ApplicationKind.CONSTRUCTION) {
            return subsidies.construction(a.getCareHomeId(), a.getAsOf()).lines().stream()
                    .filter(l -> l.eligible())
                    .map(l -> l.amount())
                    .reduce(zero(), BigDecimal::add)
                    .setScale(2);
        }
        return subsidies.operating(a.getCareHomeId(), a.getFrom(), a.getTo()).lines().stream()
                .filter(l -> l.eligible())
                .map(l -> l.amount())
                .reduce(zero(), BigDecimal::add)
                .setScale(2);
    }

    @Inject
    private com.jialicare.application.SubsidyService subsidies;

    private Application visibleApplication(long id) {
        Caller caller = callers.get();
        Application a = em.find(Application.class, id);
        if (a == null || caller.role() == Role.FAMILY) {
            throw notFound(id);
        }
        try {
            visibility.home(caller, a.getCareHomeId());
        } catch (BusinessException e) {
            throw notFound(id);
        }
        return a;
    }

    private Map<Long, String> names(Collection<Entry> entries) {
        Set<Long> ids = new HashSet<>();
        entries.stream().map(Entry::residentId).filter(Objects::nonNull).forEach(ids::add);
        return residents.names(ids);
    }

    private static List<ApplicationKind> kinds(ApplicationKind kind) {
        return kind == null ? List.of(ApplicationKind.OPERATING, ApplicationKind.CONSTRUCTION) : List.of(kind);
    }

    private static List<AdjustmentState> stored(AdjustmentState state) {
        if (state == null) {
            return List.of(AdjustmentState.CLAIMED, AdjustmentState.PAID);
        }
        return state == AdjustmentState.OUTSTANDING ? List.of() : List.of(state);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static BusinessException notFound(long id) {
        return BusinessException.notFound("APPLICATION_NOT_FOUND", "No application " + id, id);
    }
}
