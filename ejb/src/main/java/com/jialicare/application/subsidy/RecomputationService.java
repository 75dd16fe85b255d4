package com.jialicare.application.subsidy;

import com.jialicare.application.PolicyService;
import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.domain.model.adjustment.Cause;
import com.jialicare.domain.model.adjustment.Ledger;
import com.jialicare.domain.model.adjustment.LineKey;
import com.jialicare.domain.model.adjustment.Owed;
import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.application.FrozenLine;
import com.jialicare.domain.model.audit.AuditEvent;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.policy.PolicyTable;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.subsidy.BedFacts;
import com.jialicare.domain.model.subsidy.ConstructionLine;
import com.jialicare.domain.model.subsidy.OperatingLine;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.domain.service.ConstructionSubsidyCalculator;
import com.jialicare.domain.service.OperatingSubsidyCalculator;
import com.jialicare.infrastructure.persistence.adjustment.AdjustmentRepository;
import com.jialicare.infrastructure.persistence.application.ApplicationRepository;
import com.jialicare.infrastructure.persistence.audit.AuditRepository;
import com.jialicare.infrastructure.persistence.resident.ResidentRepository;
import com.jialicare.infrastructure.persistence.subsidy.SubsidyFactsRepository;
import com.jialicare.infrastructure.persistence.subsidy.SubsidyFactsRepository.HomeRow;
import com.jialicare.infrastructure.persistence.subsidy.SubsidyFactsRepository.HomeSelection;
import com.jialicare.infrastructure.persistence.subsidy.SubsidyFactsRepository.OperatingFacts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Frozen lines against the facts as they are now (RULES.md §8.3) and what is owed on paid ones (§8.4).
 * <p>
 * A line an application claimed (an eligible resident-month, or a bed) is recomputed with the same calculator
 * that froze it, over the facts as they are now, under the policy table as it stood when it was frozen (the
 * revision's submission: versions added later never move frozen money), and without its own claim counting
 * against it. A key the calculator no longer lists (a month outside the corrected stay, a bed no longer in service
 * by the as-of date) is now worth nothing ({@value #NOT_IN_FACTS}).
 */
@Stateless
public class RecomputationService {

    /** The reason code of a key the facts no longer give a line for at all. */
    public static final String NOT_IN_FACTS = "NOT_IN_FACTS";

    /** The states whose lines are frozen and claimed. */
    public static final Set<ApplicationState> FROZEN = EnumSet.of(
            ApplicationState.SUBMITTED,
            ApplicationState.COUNTY_APPROVED,
            ApplicationState.PUBLIC_NOTICE,
            ApplicationState.CITY_APPROVED,
            ApplicationState.PAID);

    private static final ConstructionSubsidyCalculator CONSTRUCTION = new ConstructionSubsidyCalculator();
    private static final OperatingSubsidyCalculator OPERATING = new OperatingSubsidyCalculator();

    @Inject
    private CurrentCaller callers;

    @Inject
    private Visibility visibility;

    @Inject
    private PolicyService policies;

    @Inject
    private SubsidyFactsRepository facts;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private AdjustmentRepository adjustments;

    @Inject
    private AuditRepository audit;

    @Inject
    private ResidentRepository residents;

    @Inject
    private ConstructionHold hold;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** A key's amount from the facts as they are now, and why it is not eligible (null when it is). */
    public record Current(BigDecimal amount, String reasonCode) {}

    /** A claimed line whose amount the facts no longer give, with the change or correction behind it. */
    public record LineChange(
            FrozenLine line, BigDecimal currentAmount, BigDecimal difference, String currentReasonCode, Cause cause) {}

    /**
     * The claimed lines of an application's current revision recomputed: the totals of all of them, and the lines
     * that differ (API.md {@code GET /api/applications/{id}/recomputation}).
     */
    public record Recomputation(
            Application application,
            int revision,
            BigDecimal frozenTotal,
            BigDecimal currentTotal,
            BigDecimal difference,
            List<LineChange> lines,
            Map<Long, String> residentNames,
            Map<Long, CauseRecord> causeRecords) {}

    /** The record an audit event behind a difference is about (for a link to that record's history). */
    public record CauseRecord(String entityType, Long entityId) {}

    /**
     * An application's claimed lines against the facts as they are now.
     *
     * @throws BusinessException 404 {@code APPLICATION_NOT_FOUND} (also outside the caller's scope, and for
     *                           families); 409 {@code APPLICATION_NOT_SUBMITTED} for a draft, returned or
     *                           withdrawn application (its lines are not frozen: its preview is already current)
     */
    public Recomputation recompute(long applicationId) {
        Caller caller = callers.get();
        Application a = em.find(Application.class, applicationId);
        if (a == null || caller.role() == Role.FAMILY) {
            throw notFound(applicationId);
        }
        try {
            visibility.home(caller, a.getCareHomeId());
        } catch (BusinessException e) {
            throw notFound(applicationId);
        }
        if (!FROZEN.contains(a.getState())) {
            throw BusinessException.conflict(
                    "APPLICATION_NOT_SUBMITTED",
                    null,
                    "Application " + applicationId + " is " + a.getState() + ": its lines are not frozen",
                    a.getState());
        }
        List<FrozenLine> claimed = claimedLines(a);
        Map<LineKey, Current> now = current(a, claimed);
        BigDecimal frozenTotal = zero();
        BigDecimal currentTotal = zero();
        List<LineChange> changed = new ArrayList<>();
        Set<Long> people = new HashSet<>();
        Map<Long, CauseRecord> records = new HashMap<>();
        for (FrozenLine l : claimed) {
            Current c = now.get(LineKey.of(l));
            frozenTotal = frozenTotal.add(l.getAmount());
            currentTotal = currentTotal.add(c.amount());
            BigDecimal difference = c.amount().subtract(l.getAmount());
            if (difference.signum() != 0) {
                AuditEvent event = causeEvent(a, l);
                if (event != null) {
                    records.put(event.getId(), new CauseRecord(event.getEntityType(), event.getEntityId()));
                }
                changed.add(
                        new LineChange(l, c.amount(), difference, c.reasonCode(), event == null ? null : cause(event)));
                if (l.getResidentId() != null) {
                    people.add(l.getResidentId());
                }
            }
        }
        return new Recomputation(
                a,
                a.getRevision(),
                frozenTotal,
                currentTotal,
                currentTotal.subtract(frozenTotal),
                changed,
                residents.names(people),
                records);
    }

    /**
     * What is owed on the home's paid applications of a kind (RULES.md §8.4), oldest correction first. No caller
     * check: for the services that checked the caller's scope of the home (the adjustments list, a submission).
     */
    public List<Owed> outstanding(long careHomeId, ApplicationKind kind) {
        Map<LineKey, BigDecimal> counted = adjustments.counted(careHomeId, kind);
        List<Owed> result = new ArrayList<>();
        for (Application paid : applications.paid(careHomeId, kind)) {
            List<FrozenLine> claimed = claimedLines(paid);
            Map<LineKey, Current> now = current(paid, claimed);
            for (FrozenLine l : claimed) {
                LineKey key = LineKey.of(l);
                BigDecimal recomputed = now.get(key).amount();
                BigDecimal already = counted.getOrDefault(key, BigDecimal.ZERO);
                if (recomputed.compareTo(l.getAmount().add(already)) == 0) {
                    continue; // most keys: nothing owed, and no cause to look up
                }
                Ledger.owed(
                                key,
                                careHomeId,
                                paid.getId(),
                                l.getLineNo(),
                                l.getResidentId(),
                                recomputed,
                                l.getAmount(),
                                already,
                                cause(paid, l))
                        .ifPresent(result::add);
            }
        }
        if (kind == ApplicationKind.CONSTRUCTION) {
            // §8.6: a paid bed retired, or whose home closed or became ineligible, within the hold period
            for (ConstructionHold.HeldBed h : hold.paidBeds(careHomeId)) {
                LineKey key = LineKey.holdPeriod(h.bedId());
                BigDecimal due = h.due() == null ? BigDecimal.ZERO : h.due().amount();
                Ledger.owed(
                                key,
                                careHomeId,
                                h.applicationId(),
                                h.lineNo(),
                                null,
                                due.negate(),
                                BigDecimal.ZERO,
                                counted.getOrDefault(key, BigDecimal.ZERO),
                                h.due() == null
                                        ? null
                                        : Cause.holdPeriod(h.due().trigger().name(), null, null, null))
                        .ifPresent(result::add);
            }
        }
        result.sort(Ledger.CLAIM_ORDER);
        return result;
    }

    /**
     * Every paid line of a year recomputed (RULES.md §8.3), city-wide: {@code applications} paid applications on
     * {@code homes} homes, {@code paidLines} claimed lines, {@code changedLines} of them whose amount the facts no
     * longer give; {@code frozenTotal} paid for them, {@code currentTotal} what the facts give now,
     * {@code backPay} the sum of the increases and {@code recovery} the sum of the decreases (both zero or more:
     * {@code currentTotal - frozenTotal = backPay - recovery}). What was owed before adjustments were claimed: the
     * adjustments themselves are each home's ({@link #outstanding}).
     */
    public record Summary(
            int year,
            int applications,
            int homes,
            long paidLines,
            long changedLines,
            BigDecimal frozenTotal,
            BigDecimal currentTotal,
            BigDecimal backPay,
            BigDecimal recovery) {}

    /** Applications whose claimed lines are read in one query. */
    static final int CHUNK = 500;

    /**
     * {@code GET /api/subsidies/recomputation-summary?year=}: every paid application whose period touches
     * {@code year} (operating: its months overlap it; construction: its as-of day is in it), each claimed line
     * recomputed as {@link #recompute} does (the same calculators, facts as they are now, the policy table as it
     * stood at the submission, the line's own claim not counted). The operating ones are taken by their range of
     * months: each range's facts are read once for the whole city, as the previews read them, and the claimed
     * lines {@value #CHUNK} applications at a time, as values. The administrator only.
     *
     * @throws BusinessException 403 {@code ROLE_NOT_ALLOWED}; 400 {@code INVALID_NUMBER} for a year outside
     *                           2000–2100
     */
    public Summary paidLines(int year) {
        callers.get().require(Role.ADMIN);
        if (year < 2000 || year > 2100) {
            throw BusinessException.invalid(
                    "INVALID_NUMBER", "year", "year must be a year from 2000 to 2100, was " + year, year);
        }
        List<Application> paid = applications.paidIn(year);
        java.util.function.Function<java.time.Instant, PolicyTable> tables = policies.tablesAsOf();
        Map<Long, HomeRow> homes = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        Tally tally = new Tally();
        Map<List<YearMonth>, List<Application>> byRange = new LinkedHashMap<>();
        for (Application a : paid) {
            if (a.getKind() == ApplicationKind.OPERATING) {
                byRange.computeIfAbsent(List.of(a.getFrom(), a.getTo()), k -> new ArrayList<>())
                        .add(a);
            } else {
                List<FrozenLine> claimed = claimedLines(a);
                Map<LineKey, Current> now = current(a, claimed);
                for (FrozenLine l : claimed) {
                    tally.add(l.getAmount(), now.get(LineKey.of(l)).amount());
                }
            }
        }
        if (!byRange.isEmpty()) {
            facts.homes(null).forEach(h -> homes.put(h.careHomeId(), h));
        }
        for (Map.Entry<List<YearMonth>, List<Application>> range : byRange.entrySet()) {
            YearMonth from = range.getKey().get(0);
            YearMonth to = range.getKey().get(1);
            List<Application> group = range.getValue();
            OperatingFacts f = facts.operatingFacts(
                    group.size() == 1 ? HomeSelection.home(group.get(0).getCareHomeId()) : HomeSelection.county(null),
                    from.atDay(1),
                    to.plusMonths(1).atDay(1));
            for (int i = 0; i < group.size(); i += CHUNK) {
                List<Application> chunk = group.subList(i, Math.min(group.size(), i + CHUNK));
                Map<Long, List<ApplicationRepository.ClaimedMonthLine>> lines = new HashMap<>();
                for (ApplicationRepository.ClaimedMonthLine l : applications.claimedMonthLines(
                        chunk.stream().map(Application::getId).toList())) {
                    lines.computeIfAbsent(l.applicationId(), k -> new ArrayList<>())
                            .add(l);
                }
                for (Application a : chunk) {
                    long homeId = a.getCareHomeId();
                    Map<LineKey, BigDecimal> now = new HashMap<>();
                    for (OperatingLine o : OPERATING
                            .calculate(
                                    homes.get(homeId).facts(),
                                    f.residents(),
                                    f.staysOf(homeId),
                                    tables.apply(a.getSubmittedAt()),
                                    from,
                                    to,
                                    today,
                                    Set.of())
                            .lines()) {
                        if (o.eligible()) {
                            now.put(LineKey.month(o.stayId(), o.month()), o.amount());
                        }
                    }
                    for (ApplicationRepository.ClaimedMonthLine l : lines.getOrDefault(a.getId(), List.of())) {
                        tally.add(
                                l.amount(),
                                now.getOrDefault(LineKey.month(l.stayId(), YearMonth.from(l.month())), zero()));
                    }
                }
            }
        }
        return new Summary(
                year,
                paid.size(),
                (int) paid.stream().map(Application::getCareHomeId).distinct().count(),
                tally.lines,
                tally.changed,
                tally.frozen,
                tally.current,
                tally.backPay,
                tally.recovery);
    }

    /** The running totals of {@link #paidLines}. */
    private static final class Tally {
        long lines;
        long changed;
        BigDecimal frozen = zero();
        BigDecimal current = zero();
        BigDecimal backPay = zero();
        BigDecimal recovery = zero();

        void add(BigDecimal frozenAmount, BigDecimal currentAmount) {
            lines++;
            frozen = frozen.add(frozenAmount);
            current = current.add(currentAmount);
            BigDecimal difference = currentAmount.subtract(frozenAmount);
            if (difference.signum() != 0) {
                changed++;
                if (difference.signum() > 0) {
                    backPay = backPay.add(difference);
                } else {
                    recovery = recovery.subtract(difference);
                }
            }
        }
    }

    /** The eligible (claimed) lines of the application's current revision. */
    private List<FrozenLine> claimedLines(Application a) {
        return applications.lines(a.getId(), a.getRevision()).stream()
                .filter(FrozenLine::isEligible)
                .toList();
    }

    /** Every key of {@code lines} with its amount from today's facts, under the table as it stood at freezing. */
    Map<LineKey, Current> current(Application a, Collection<FrozenLine> lines) {
        Map<LineKey, Current> result = new LinkedHashMap<>();
        for (FrozenLine l : lines) {
            result.put(LineKey.of(l), new Current(zero(), NOT_IN_FACTS));
        }
        if (lines.isEmpty()) {
            return result;
        }
        PolicyTable table = policies.tableAsOf(a.getSubmittedAt());
        long homeId = a.getCareHomeId();
        HomeRow home = HomeRow.of(em.find(CareHome.class, homeId));
        if (a.getKind() == ApplicationKind.CONSTRUCTION) {
            List<BedFacts> beds = facts.beds(HomeSelection.home(homeId)).getOrDefault(homeId, List.of());
            for (ConstructionLine c : CONSTRUCTION
                    .calculate(home.facts(), beds, table, a.getAsOf(), Set.of())
                    .lines()) {
                result.computeIfPresent(
                        LineKey.bed(c.bedId()), (k, v) -> current(c.amount(), c.eligible(), c.reasonCode()));
            }
        } else {
            YearMonth from = a.getFrom();
            YearMonth to = a.getTo();
            OperatingFacts f = facts.operatingFacts(
                    HomeSelection.home(homeId), from.atDay(1), to.plusMonths(1).atDay(1));
            for (OperatingLine o : OPERATING
                    .calculate(
                            home.facts(),
                            f.residents(),
                            f.staysOf(homeId),
                            table,
                            from,
                            to,
                            LocalDate.now(clock),
                            Set.of())
                    .lines()) {
                result.computeIfPresent(
                        LineKey.month(o.stayId(), o.month()),
                        (k, v) -> current(o.amount(), o.eligible(), o.reasonCode()));
            }
        }
        return result;
    }

    /** The newest change or correction since the freezing on the records the line's facts come from. */
    private Cause cause(Application a, FrozenLine l) {
        AuditEvent e = causeEvent(a, l);
        return e == null ? null : cause(e);
    }

    /** The audit event of {@link #cause(Application, FrozenLine)}, or null. */
    private AuditEvent causeEvent(Application a, FrozenLine l) {
        Map<String, Collection<Long>> records = new HashMap<>();
        if (l.getBedId() != null) {
            records.put("Bed", List.of(l.getBedId()));
            records.put("CareHome", List.of(a.getCareHomeId()));
        } else {
            records.put("Stay", List.of(l.getStayId()));
            records.put("Resident", List.of(l.getResidentId()));
            records.put("CareHome", List.of(a.getCareHomeId()));
        }
        return audit.newestAfter(records, a.getSubmittedAt()).orElse(null);
    }

    private static Cause cause(AuditEvent e) {
        return new Cause(e.getAction(), e.getId(), e.getActor(), e.getOccurredAt());
    }

    private static Current current(BigDecimal amount, boolean eligible, String reasonCode) {
        return new Current(eligible ? amount : zero(), eligible ? null : reasonCode);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static BusinessException notFound(long id) {
        return BusinessException.notFound("APPLICATION_NOT_FOUND", "No application " + id, id);
    }
}
