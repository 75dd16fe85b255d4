package com.jialicare.application;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.application.subsidy.RecomputationService;
import com.jialicare.domain.model.adjustment.Adjustment;
import com.jialicare.domain.model.adjustment.AdjustmentState;
import com.jialicare.domain.model.adjustment.Ledger;
import com.jialicare.domain.model.application.Actor;
import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.application.FrozenLine;
import com.jialicare.domain.model.application.Objection;
import com.jialicare.domain.model.application.ReviewAction;
import com.jialicare.domain.model.application.Reviewer;
import com.jialicare.domain.model.application.RevisionDiff;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.ListOrder;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.subsidy.ConstructionLine;
import com.jialicare.domain.model.subsidy.ConstructionResult;
import com.jialicare.domain.model.subsidy.OperatingLine;
import com.jialicare.domain.model.subsidy.OperatingResult;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.infrastructure.persistence.Slice;
import com.jialicare.infrastructure.persistence.adjustment.AdjustmentRepository;
import com.jialicare.infrastructure.persistence.application.ApplicationRepository;
import com.jialicare.infrastructure.persistence.application.ClaimRepository;
import com.jialicare.infrastructure.persistence.resident.ResidentRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Subsidy applications from draft to payment (RULES.md §6). The state machine and the four-eyes
 * rules are the {@link Application}'s; this service decides who may act (a home's administrator creates
 * and submits; the county auditor reviews first; the city publishes, approves and pays), computes and
 * freezes the lines at submission, and keeps the claims that make every bed and resident-month count once.
 */
@Stateless
public class ApplicationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller callers;

    @Inject
    private Visibility visibility;

    @Inject
    private SubsidyService subsidies;

    @Inject
    private PolicyService policies;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private ObjectionThrottle throttle;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private ClaimRepository claims;

    @Inject
    private AdjustmentRepository adjustments;

    @Inject
    private RecomputationService recomputation;

    @Inject
    private ResidentRepository residents;

    @Inject
    private NotificationService notifications;

    public record NewApplication(Long careHomeId, ApplicationKind kind, LocalDate asOf, YearMonth from, YearMonth to) {}

    /** An application with what a reader needs: its home, its lines (frozen, or a live preview for a draft). */
    /**
     * One application as its reader sees it. {@code actions}: what the reader may do next
     * ({@link Application#actionsFor}); empty on the public notice.
     */
    public record Details(
            Application application,
            CareHome home,
            int revisionShown,
            boolean frozen,
            List<FrozenLine> lines,
            List<Objection> objections,
            Map<Long, String> residentNames,
            Set<ReviewAction> actions) {}

    /** A line of the list of applications. */
    public record Summary(Application application, String homeName, String countyCode) {}

    public Application create(NewApplication cmd) {
        Caller caller = callers.get();
        Application a = checked(caller, cmd);
        em.persist(a);
        em.flush();
        audit.record(
                "APPLICATION_CREATED",
                "Application",
                a.getId(),
                a.getKind() + " for "
                        + em.find(CareHome.class, a.getCareHomeId()).getName());
        return a;
    }

    /** At most this many claimed keys are answered by {@link #claimsCheck}. */
    public static final int MAX_CLAIMED_KEYS = 1000;

    /**
     * What a new application would meet (docs/RULES.md §3.3, §4.6): the keys in its period (the home's
     * resident-months, or its beds) already claimed by another live application, which the new one could not
     * claim. Checked exactly like {@link #create}, and nothing is saved.
     *
     * @param truncated more keys are claimed than the {@value #MAX_CLAIMED_KEYS} answered
     */
    public record ClaimsCheck(List<Claimed> claimed, Map<Long, String> residentNames, boolean truncated) {}

    /**
     * A key claimed by a live application: a bed ({@code bedId}, {@code bedCode}) or a stay's month
     * ({@code stayId}, {@code residentId}, {@code month}), and the application holding it.
     */
    public record Claimed(
            long applicationId,
            String applicationState,
            Long bedId,
            String bedCode,
            Long stayId,
            Long residentId,
            YearMonth month) {}

    public ClaimsCheck claimsCheck(NewApplication cmd) {
        Caller caller = callers.get();
        Application a = checked(caller, cmd);
        List<ClaimRepository.ClaimedKey> keys = a.getKind() == ApplicationKind.CONSTRUCTION
                ? claims.claimedBeds(a.getCareHomeId(), MAX_CLAIMED_KEYS + 1)
                : claims.claimedMonthKeys(a.getCareHomeId(), a.getFrom(), a.getTo(), MAX_CLAIMED_KEYS + 1);
        boolean truncated = keys.size() > MAX_CLAIMED_KEYS;
        List<ClaimRepository.ClaimedKey> shown = truncated ? keys.subList(0, MAX_CLAIMED_KEYS) : keys;
        java.util.Set<Long> residentIds = new java.util.HashSet<>();
        shown.stream()
                .map(ClaimRepository.ClaimedKey::residentId)
                .filter(java.util.Objects::nonNull)
                .forEach(residentIds::add);
        return new ClaimsCheck(
                shown.stream()
                        .map(k -> new Claimed(
                                k.applicationId(),
                                k.applicationState(),
                                k.bedId(),
                                k.bedCode(),
                                k.stayId(),
                                k.residentId(),
                                k.month()))
                        .toList(),
                residents.names(residentIds),
                truncated);
    }

    /** A new application as {@link #create} would save it, checked (role, scope, kind, period), not persisted. */
    private Application checked(Caller caller, NewApplication cmd) {
        caller.require(Role.HOME_ADMIN);
        if (cmd.careHomeId() == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", "careHomeId", "careHomeId is required");
        }
        CareHome home = visibility.home(caller, cmd.careHomeId());
        if (cmd.kind() == null) {
            throw BusinessException.invalid("KIND_REQUIRED", "kind", "kind is required: CONSTRUCTION or OPERATING");
        }
        Actor actor = actor(caller);
        return switch (cmd.kind()) {
            case CONSTRUCTION -> {
                Dates.notFuture(cmd.asOf(), "asOf", clock);
                yield Application.construction(home.getId(), cmd.asOf(), actor, clock.instant());
            }
            case OPERATING -> {
                Application op = Application.operating(home.getId(), cmd.from(), cmd.to(), actor, clock.instant());
                monthsEnded(cmd.to());
                yield op;
            }
        };
    }

    private void monthsEnded(YearMonth to) {
        if (!to.isBefore(YearMonth.now(clock))) {
            throw BusinessException.invalid(
                    "MONTH_NOT_ENDED",
                    "to",
                    "Only months that have ended can be claimed; " + to + " has not",
                    to.toString());
        }
    }

    /**
     * The home withdraws a draft or returned application with a reason (docs/RULES.md §6, §8.4): it is kept,
     * final, and its claims are released (a returned one has none left; released again to be sure). Only the
     * home's administrator: auditors return, they do not withdraw.
     *
     * @throws BusinessException 400 {@code REASON_REQUIRED}/{@code REASON_TOO_LONG}, 409 {@code WRONG_STATE}
     */
    public Details withdraw(long id, String reason) {
        Caller caller = callers.get();
        caller.require(Role.HOME_ADMIN);
        visible(caller, id); // outside the caller's scope: 404 before anything about the request
        String why = com.jialicare.domain.model.audit.CorrectionReason.require(reason);
        Text.optional(
                why, "reason", com.jialicare.domain.model.audit.CorrectionReason.MAX_LENGTH); // no control characters
        Application a = locked(caller, id);
        ApplicationState before = a.getState();
        a.withdraw(why, actor(caller), clock.instant());
        release(id);
        audit.recordCorrection(
                "APPLICATION_WITHDRAWN",
                "Application",
                id,
                why,
                List.of(com.jialicare.domain.model.audit.FieldChange.of("state", before, a.getState())));
        return get(id, null);
    }

    /** A returned application's new period ({@code from}, {@code to}) or as-of day ({@code asOf}). */
    public record Amendment(LocalDate asOf, YearMonth from, YearMonth to) {}

    /**
     * The home amends a returned application: another period (operating) or as-of day (construction),
     * checked like a new one. Its next {@link #submit} freezes a new revision from the facts as they are then;
     * the earlier revisions' lines stay as they were.
     */
    public Details amend(long id, Amendment cmd) {
        Caller caller = callers.get();
        caller.require(Role.HOME_ADMIN);
        Application a = locked(caller, id);
        a.checkAmendable();
        List<com.jialicare.domain.model.audit.FieldChange> changes;
        if (a.getKind() == ApplicationKind.OPERATING) {
            if (cmd.asOf() != null) {
                throw BusinessException.invalid(
                        "FIELD_NOT_FOR_KIND", "asOf", "An operating application is amended with from and to, not asOf");
            }
            if (cmd.to() != null) {
                monthsEnded(cmd.to());
            }
            changes = a.amendPeriod(cmd.from(), cmd.to(), actor(caller), clock.instant());
        } else {
            if (cmd.from() != null || cmd.to() != null) {
                throw BusinessException.invalid(
                        "FIELD_NOT_FOR_KIND",
                        cmd.from() != null ? "from" : "to",
                        "A construction application is amended with asOf, not from/to");
            }
            if (cmd.asOf() != null) {
                Dates.notFuture(cmd.asOf(), "asOf", clock);
            }
            changes = a.amendAsOf(cmd.asOf(), actor(caller), clock.instant());
        }
        audit.recordChange("APPLICATION_AMENDED", "Application", id, LocalDate.now(clock), changes);
        return get(id, null);
    }

    /** What changed from revision {@code n - 1} to {@code n}, with the residents' names of the lines. */
    public record Diff(Application application, RevisionDiff diff, Map<Long, String> residentNames) {}

    /**
     * The lines added, removed and changed from revision {@code revision - 1} to {@code revision}, and the
     * totals' difference, for whoever may read the application.
     *
     * @throws BusinessException 400 {@code INVALID_REVISION} unless 2 ≤ revision ≤ the latest
     */
    public Diff diff(long id, int revision) {
        Caller caller = callers.get();
        Application a = visible(caller, id);
        if (revision < 2 || revision > a.getRevision()) {
            throw BusinessException.invalid(
                    "INVALID_REVISION",
                    "revision",
                    a.getRevision() < 2
                            ? "This application has one revision or none: there is nothing to compare"
                            : "A revision to compare with its previous one is 2 to " + a.getRevision(),
                    a.getRevision());
        }
        List<FrozenLine> before = frozenLines(id, revision - 1);
        List<FrozenLine> after = frozenLines(id, revision);
        List<FrozenLine> all = new ArrayList<>(before);
        all.addAll(after);
        return new Diff(a, RevisionDiff.between(revision - 1, before, revision, after), residentNames(all));
    }

    public Page<Summary> list(ApplicationState state, String countyCode, Long careHomeId, int page, int size) {
        return list(state, countyCode, careHomeId, null, null, page, size);
    }

    /**
     * {@link #list(ApplicationState, String, Long, int, int)} searched — a query finds the applications whose
     * home's name contains it, or whose number it is — and in an order ({@code ApplicationRepository.ORDER}: id,
     * home, county, kind, state, submittedOn, daysWaiting, total; null: newest first).
     */
    public Page<Summary> list(
            ApplicationState state,
            String countyCode,
            Long careHomeId,
            String query,
            ListOrder order,
            int page,
            int size) {
        Page.check(page, size);
        return find(
                callers.get(),
                ApplicationRepository.Filter.of(state, countyCode, careHomeId)
                        .searched(Text.optional(query, "q", 100), order),
                page,
                size);
    }

    /**
     * The applications in the caller's scope that wait for the caller's role to act, newest first: for a
     * county auditor those submitted (to approve or return); for the city auditor those approved by the
     * county (to publish), those whose public notice has ended (to approve or return) and those approved
     * (to record the payment).
     *
     * @throws BusinessException 403 {@code ROLE_NOT_ALLOWED} unless an auditor
     */
    public Page<Summary> waitingForCaller(int page, int size) {
        return waitingForCaller(null, null, page, size);
    }

    /** {@link #waitingForCaller(int, int)}, searched and ordered as {@link #list(ApplicationState, String, Long, String, ListOrder, int, int)}. */
    public Page<Summary> waitingForCaller(String query, ListOrder order, int page, int size) {
        Page.check(page, size);
        String q = Text.optional(query, "q", 100);
        Caller caller = callers.get();
        caller.require(Role.COUNTY_AUDITOR, Role.CITY_AUDITOR);
        if (caller.role() == Role.COUNTY_AUDITOR) {
            return find(
                    caller,
                    ApplicationRepository.Filter.waiting(Set.of(ApplicationState.SUBMITTED), null)
                            .searched(q, order),
                    page,
                    size);
        }
        return find(
                caller,
                ApplicationRepository.Filter.waiting(
                                Set.of(ApplicationState.COUNTY_APPROVED, ApplicationState.CITY_APPROVED),
                                LocalDate.now(clock))
                        .searched(q, order),
                page,
                size);
    }

    private Page<Summary> find(Caller caller, ApplicationRepository.Filter filter, int page, int size) {
        Slice<ApplicationRepository.Listed> found = applications.page(caller, filter, page * size, size);
        return new Page<>(
                page,
                size,
                found.total(),
                found.items().stream()
                        .map(l -> new Summary(l.application(), l.homeName(), l.countyCode()))
                        .toList());
    }

    /** The application with the lines of its current revision (or of {@code revision}), its history and objections. */
    public Details get(long id, Integer revision) {
        Caller caller = callers.get();
        Application a = visible(caller, id);
        CareHome home = em.find(CareHome.class, a.getCareHomeId());
        a.getEvents().size();
        List<Objection> objections = objections(id);
        Set<ReviewAction> actions = a.actionsFor(
                caller.role(),
                caller.userId(),
                LocalDate.now(clock),
                objections.stream().anyMatch(Objection::isPending));
        if (revision != null && (revision < 1 || revision > a.getRevision())) {
            throw BusinessException.invalid(
                    "INVALID_REVISION",
                    "revision",
                    a.getRevision() == 0
                            ? "This application has not been submitted yet: it has no revision"
                            : "Revisions of this application are 1 to " + a.getRevision(),
                    a.getRevision());
        }
        if (a.getRevision() == 0) {
            List<FrozenLine> lines = preview(a);
            return new Details(a, home, 0, false, lines, objections, residentNames(lines), actions);
        }
        int shown = revision == null ? a.getRevision() : revision;
        List<FrozenLine> lines = frozenLines(id, shown);
        return new Details(a, home, shown, true, lines, objections, residentNames(lines), actions);
    }

    /**
     * Computes the lines now, freezes them as a new revision and claims the eligible ones. Submissions of
     * one home are serialized on the home's row, so two racing applications never claim the same line: the
     * second sees the first's claims and gets those lines as {@code ALREADY_CLAIMED}.
     */
    public Details submit(long id) {
        Caller caller = callers.get();
        caller.require(Role.HOME_ADMIN);
        Application a = visible(caller, id);
        CareHome home = em.find(CareHome.class, a.getCareHomeId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(a);
        a.checkSubmittable(); // before computing the lines
        int revision = a.getRevision() + 1;
        List<FrozenLine> lines = compute(a, revision);
        BigDecimal linesTotal = lines.stream()
                .filter(FrozenLine::isEligible)
                .map(FrozenLine::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        // RULES.md §8.4: what is owed on the home's paid applications of this kind comes with the new lines
        Ledger.Netting netting = Ledger.net(linesTotal, recomputation.outstanding(a.getCareHomeId(), a.getKind()));
        if (linesTotal.signum() == 0 && netting.claims().isEmpty()) {
            throw BusinessException.conflict(
                    "NO_ELIGIBLE_LINES",
                    null,
                    "Nothing in this application is eligible (see the preview's reasons); nothing was submitted");
        }
        Instant now = clock.instant();
        a.submit(netting.linesTotal(), netting.adjustmentsTotal(), netting.recoveryCarriedOver(), actor(caller), now);
        lines.forEach(em::persist);
        claims.claim(a.getId(), lines);
        for (Ledger.Claim c : netting.claims()) {
            em.persist(Adjustment.claim(a.getId(), revision, c, now));
        }
        em.flush();
        audit.record(
                "APPLICATION_SUBMITTED",
                "Application",
                a.getId(),
                "revision " + revision + ", total " + netting.total().toPlainString() + " (lines "
                        + linesTotal.toPlainString() + ", adjustments "
                        + netting.adjustmentsTotal().toPlainString()
                        + "), " + home.getName());
        return get(id, null);
    }

    /** Approves at the caller's level: the county auditor a submitted one, the city auditor one whose notice ended. */
    public Details approve(long id, String comment) {
        Caller caller = callers.get();
        caller.require(Role.COUNTY_AUDITOR, Role.CITY_AUDITOR);
        Application a = locked(caller, id);
        String note = Text.optional(comment, "comment", 2000);
        if (caller.role() == Role.COUNTY_AUDITOR) {
            a.approveByCounty(actor(caller), note, clock.instant());
        } else {
            a.approveByCity(actor(caller), note, LocalDate.now(clock), pendingObjections(id), clock.instant());
        }
        audit.record("APPLICATION_APPROVED", "Application", id, caller.role() + " " + (note == null ? "" : note));
        notifications.notify(
                caller.role() == Role.COUNTY_AUDITOR
                        ? com.jialicare.domain.model.notification.NotificationKind.APPLICATION_COUNTY_APPROVED
                        : com.jialicare.domain.model.notification.NotificationKind.APPLICATION_CITY_APPROVED,
                a,
                note);
        return get(id, null);
    }

    public Details returnApplication(long id, String reason) {
        Caller caller = callers.get();
        caller.require(Role.COUNTY_AUDITOR, Role.CITY_AUDITOR);
        Application a = locked(caller, id);
        a.returnBy(
                caller.role() == Role.COUNTY_AUDITOR ? Reviewer.COUNTY : Reviewer.CITY,
                actor(caller),
                Text.optional(reason, "reason", 2000),
                clock.instant());
        release(id);
        audit.record("APPLICATION_RETURNED", "Application", id, reason);
        notifications.notify(com.jialicare.domain.model.notification.NotificationKind.APPLICATION_RETURNED, a, reason);
        return get(id, null);
    }

    /**
     * The city starts the public notice; {@code from} is today, or earlier when it was posted outside the
     * system — not before the county's approval, and more than a day back only with a {@code reason}. It
     * runs the policy's notice days from today whatever {@code from} says (see {@link Application#startNotice}).
     */
    public Details startNotice(long id, LocalDate from, String reason) {
        Caller caller = callers.get();
        caller.require(Role.CITY_AUDITOR);
        Application a = locked(caller, id);
        Dates.notFuture(from, "from", clock);
        String why = Text.optional(reason, "reason", 2000);
        int days = policies.table().inForceOn(from).noticeDays();
        a.startNotice(from, why, days, actor(caller), clock.instant());
        audit.record(
                "NOTICE_STARTED",
                "Application",
                id,
                from + " for " + days + " days, until " + a.getNoticeLastDay() + (why == null ? "" : "; " + why));
        return get(id, null);
    }

    /** Open objections one application may have; beyond, 429 until the city has decided some. */
    static final int MAX_PENDING_OBJECTIONS = 50;

    /** Objections the city may decide together in one step. */
    static final int MAX_DECIDED_TOGETHER = 500;

    /** An objection as recorded: new, or the one with the same text already raised during this notice. */
    public record ObjectionReceipt(Objection objection, boolean duplicate) {}

    /**
     * Anyone may object while the notice runs; no login. {@code client} (the remote address) is throttled by
     * {@link ObjectionThrottle}; an application holds at most {@value #MAX_PENDING_OBJECTIONS} open objections;
     * the same text (ignoring case and spacing) raised again during the same notice is stored once.
     */
    public ObjectionReceipt object(long id, String text, String contact, String client) {
        throttle.acquire(client, id, clock.instant());
        // an application that is not public is not found, exactly like none, and nothing of it is locked
        Application a = em.find(Application.class, id);
        if (a == null || a.getState() != ApplicationState.PUBLIC_NOTICE) {
            throw BusinessException.notFound(
                    "NOTICE_NOT_FOUND", "No application under public notice with id " + id, id);
        }
        em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
        if (a.getState() != ApplicationState.PUBLIC_NOTICE) {
            throw BusinessException.notFound(
                    "NOTICE_NOT_FOUND", "No application under public notice with id " + id, id);
        }
        if (!a.isUnderNotice(LocalDate.now(clock))) {
            throw BusinessException.conflict(
                    "NOT_UNDER_NOTICE",
                    null,
                    "The notice ran from " + a.getNoticeFrom() + " to " + a.getNoticeLastDay());
        }
        String t = Text.required(text, "text", 2000);
        String c = Text.optional(contact, "contact", 100);
        String key = Objection.normalized(t);
        java.time.Instant since = a.noticeRecordedAt();
        List<Objection> raised = objections(id);
        for (Objection o : raised) {
            if ((since == null || !o.getRaisedAt().isBefore(since)) && key.equals(Objection.normalized(o.getText()))) {
                audit.recordAs("public", "OBJECTION_REPEATED", "Application", id, "objection " + o.getId());
                return new ObjectionReceipt(o, true);
            }
        }
        if (raised.stream().filter(Objection::isPending).count() >= MAX_PENDING_OBJECTIONS) {
            throw new com.jialicare.domain.model.shared.TooManyRequestsException(
                    "TOO_MANY_OBJECTIONS",
                    "This application already has " + MAX_PENDING_OBJECTIONS
                            + " open objections; try again once the city has decided them",
                    3600,
                    3600);
        }
        Objection o = new Objection(id, t, c, clock.instant());
        em.persist(o);
        em.flush();
        audit.recordAs("public", "OBJECTION_RAISED", "Application", id, "objection " + o.getId());
        notifications.notify(com.jialicare.domain.model.notification.NotificationKind.OBJECTION_RAISED, a, t);
        return new ObjectionReceipt(o, false);
    }

    /** The city decides an objection; upheld, it returns the application and releases its lines. */
    public Details decide(long id, long objectionId, Boolean upheld, String comment) {
        return decideAll(id, List.of(objectionId), upheld, comment);
    }

    /**
     * The city decides several objections of one application at once (repeated or identical ones), with one
     * comment: all or none. Upheld, they return the application (once) and release its lines.
     */
    public Details decideAll(long id, java.util.Collection<Long> objectionIds, Boolean upheld, String comment) {
        Caller caller = callers.get();
        caller.require(Role.CITY_AUDITOR);
        Application a = locked(caller, id);
        if (upheld == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", "upheld", "upheld (true or false) is required");
        }
        if (objectionIds == null || objectionIds.isEmpty()) {
            throw BusinessException.invalid("FIELD_REQUIRED", "objectionIds", "objectionIds is required");
        }
        if (objectionIds.size() > MAX_DECIDED_TOGETHER) {
            throw BusinessException.invalid(
                    "TOO_MANY_IDS",
                    "objectionIds",
                    "At most " + MAX_DECIDED_TOGETHER + " objections are decided together",
                    MAX_DECIDED_TOGETHER);
        }
        List<Objection> chosen = new ArrayList<>();
        for (Long objectionId : new java.util.LinkedHashSet<>(objectionIds)) {
            Objection o =
                    objectionId == null ? null : em.find(Objection.class, objectionId, LockModeType.PESSIMISTIC_WRITE);
            if (o == null || o.getApplicationId() != id) {
                throw BusinessException.notFound("OBJECTION_NOT_FOUND", "No objection " + objectionId, objectionId);
            }
            o.requirePending();
            chosen.add(o);
        }
        String note = Text.optional(comment, "comment", 2000);
        if (upheld) {
            // checks the state before the objections are marked decided
            a.returnForObjection(actor(caller), note, clock.instant());
            release(id);
            notifications.notify(
                    com.jialicare.domain.model.notification.NotificationKind.APPLICATION_RETURNED, a, note);
        }
        for (Objection o : chosen) {
            o.decide(upheld, note, caller.username(), clock.instant());
            audit.record(
                    upheld ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED", "Application", id, "objection " + o.getId());
        }
        return get(id, null);
    }

    public Details pay(long id, LocalDate paidOn, BigDecimal amount, String voucher) {
        Caller caller = callers.get();
        caller.require(Role.CITY_AUDITOR);
        Application a = locked(caller, id);
        Dates.notFuture(paidOn, "paidOn", clock);
        String v = Text.required(voucher, "voucher", 64);
        if (amount == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", "amount", "amount is required");
        }
        if (applications.voucherUsed(v)) {
            throw BusinessException.conflict("VOUCHER_USED", "voucher", "Voucher " + v + " is already recorded", v);
        }
        a.pay(paidOn, amount, v, actor(caller), clock.instant());
        adjustments.of(id, a.getRevision()).forEach(Adjustment::paid);
        audit.record("APPLICATION_PAID", "Application", id, v + " " + amount.toPlainString());
        notifications.notify(
                com.jialicare.domain.model.notification.NotificationKind.APPLICATION_PAID,
                a,
                amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " · " + v);
        return get(id, null);
    }

    /** Applications under public notice today, for the public page (the adapters mask personal data). */
    public List<Details> notices() {
        LocalDate today = LocalDate.now(clock);
        List<Details> result = new ArrayList<>();
        for (Application a : applications.inPublicNotice()) {
            if (a.isUnderNotice(today)) {
                List<FrozenLine> lines = frozenLines(a.getId(), a.getRevision()).stream()
                        .filter(FrozenLine::isEligible)
                        .toList();
                result.add(new Details(
                        a,
                        em.find(CareHome.class, a.getCareHomeId()),
                        a.getRevision(),
                        true,
                        lines,
                        List.of(),
                        residentNames(lines),
                        Set.of()));
            }
        }
        return result;
    }

    private Map<Long, String> residentNames(List<FrozenLine> lines) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (FrozenLine l : lines) {
            if (l.getResidentId() != null) {
                ids.add(l.getResidentId());
            }
        }
        return residents.names(ids);
    }

    private List<FrozenLine> preview(Application a) {
        return compute(a, 0);
    }

    private List<FrozenLine> compute(Application a, int revision) {
        List<FrozenLine> lines = new ArrayList<>();
        long id = a.getId();
        if (a.getKind() == ApplicationKind.CONSTRUCTION) {
            ConstructionResult r = subsidies.construction(a.getCareHomeId(), a.getAsOf());
            int n = 0;
            for (ConstructionLine l : r.lines()) {
                lines.add(FrozenLine.bed(
                        id,
                        revision,
                        ++n,
                        l.bedId(),
                        l.bedCode(),
                        l.commissionedOn(),
                        l.eligible(),
                        l.amount(),
                        l.reasonCode(),
                        l.policyVersion()));
            }
        } else {
            OperatingResult r = subsidies.operating(a.getCareHomeId(), a.getFrom(), a.getTo());
            int n = 0;
            for (OperatingLine l : r.lines()) {
                lines.add(FrozenLine.residentMonth(
                        id,
                        revision,
                        ++n,
                        l.residentId(),
                        l.stayId(),
                        l.month().atDay(1),
                        l.presentDays(),
                        l.level().level(),
                        l.eligible(),
                        l.amount(),
                        l.reasonCode(),
                        l.policyVersion()));
            }
        }
        return lines;
    }

    /** A returned or withdrawn application claims nothing: its lines and its adjustments are free again (§8.4). */
    private void release(long id) {
        claims.release(id);
        Application a = em.find(Application.class, id);
        for (Adjustment adj : adjustments.of(id, a.getRevision())) {
            if (adj.getState() == AdjustmentState.CLAIMED) {
                adj.release();
            }
        }
    }

    private List<FrozenLine> frozenLines(long id, int revision) {
        return applications.lines(id, revision);
    }

    private List<Objection> objections(long id) {
        return applications.objections(id);
    }

    private boolean pendingObjections(long id) {
        return objections(id).stream().anyMatch(Objection::isPending);
    }

    private Application visible(Caller caller, long id) {
        Application a = em.find(Application.class, id);
        if (a == null) {
            throw BusinessException.notFound("APPLICATION_NOT_FOUND", "No application " + id, id);
        }
        if (caller.role() == Role.FAMILY) {
            throw BusinessException.notFound("APPLICATION_NOT_FOUND", "No application " + id, id);
        }
        try {
            visibility.home(caller, a.getCareHomeId());
        } catch (BusinessException e) {
            throw BusinessException.notFound("APPLICATION_NOT_FOUND", "No application " + id, id);
        }
        return a;
    }

    private Application locked(Caller caller, long id) {
        Application a = visible(caller, id);
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(a);
        return a;
    }

    private static Actor actor(Caller caller) {
        return new Actor(caller.userId(), caller.username());
    }
}
