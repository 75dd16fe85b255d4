package com.jialicare.domain.model.application;

import static com.jialicare.domain.model.application.ApplicationState.CITY_APPROVED;
import static com.jialicare.domain.model.application.ApplicationState.COUNTY_APPROVED;
import static com.jialicare.domain.model.application.ApplicationState.DRAFT;
import static com.jialicare.domain.model.application.ApplicationState.PAID;
import static com.jialicare.domain.model.application.ApplicationState.PUBLIC_NOTICE;
import static com.jialicare.domain.model.application.ApplicationState.RETURNED;
import static com.jialicare.domain.model.application.ApplicationState.SUBMITTED;
import static com.jialicare.domain.model.application.ApplicationState.WITHDRAWN;

import com.jialicare.domain.model.audit.CorrectionReason;
import com.jialicare.domain.model.audit.FieldChange;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CityTime;
import com.jialicare.domain.model.shared.Role;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A care home's application for one subsidy, and its way through review (RULES.md §6):
 * {@code DRAFT → SUBMITTED → COUNTY_APPROVED → PUBLIC_NOTICE → CITY_APPROVED → PAID}, or {@code RETURNED}
 * from county review, city review or an upheld objection; a returned application is submitted again as a
 * new revision. Each method checks that the move is legal from the current state (409 {@code WRONG_STATE})
 * and the four-eyes rules (403), and records who, when and why.
 */
@Entity
@Table(name = "application")
public class Application {

    /** Days a notice may start before the day it is recorded without a reason (posted the day before). */
    public static final int BACKDATE_TOLERANCE_DAYS = 1;

    // Every date in the city's rules is a calendar date in Asia/Shanghai (as the server's Clock).
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Id
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    private Long id;

    @Column(name = "care_home_id", nullable = false)
    private long careHomeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationKind kind;

    @Column(name = "as_of")
    private LocalDate asOf;

    @Column(name = "from_month")
    private LocalDate fromMonth;

    @Column(name = "to_month")
    private LocalDate toMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationState state;

    @Column(nullable = false)
    private int revision;

    @Column(precision = 14, scale = 2)
    private BigDecimal total;

    /** RULES.md §8.4: the frozen lines' total; {@link #total} = this + {@link #adjustmentsTotal}, never below 0. */
    @Column(name = "lines_total", precision = 14, scale = 2)
    private BigDecimal linesTotal;

    /** The adjustments this revision claimed (back-pay positive, recovery negative). */
    @Column(name = "adjustments_total", nullable = false, precision = 14, scale = 2)
    private BigDecimal adjustmentsTotal = BigDecimal.ZERO.setScale(2);

    /** What the recoveries owed could not take from this revision (the total stops at zero); still owed. */
    @Column(name = "recovery_carried_over", nullable = false, precision = 14, scale = 2)
    private BigDecimal recoveryCarriedOver = BigDecimal.ZERO.setScale(2);

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "county_approved_by")
    private Long countyApprovedBy;

    @Column(name = "city_approved_by")
    private Long cityApprovedBy;

    @Column(name = "notice_from")
    private LocalDate noticeFrom;

    /** First day after the notice (exclusive end). */
    @Column(name = "notice_until")
    private LocalDate noticeUntil;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "paid_amount", precision = 14, scale = 2)
    private BigDecimal paidAmount;

    @Column(length = 64)
    private String voucher;

    @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<ApplicationEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected Application() {
        // for JPA
    }

    private Application(
            long careHomeId,
            ApplicationKind kind,
            LocalDate asOf,
            YearMonth from,
            YearMonth to,
            Actor creator,
            Instant now) {
        this.careHomeId = careHomeId;
        this.kind = kind;
        this.asOf = asOf;
        this.fromMonth = from == null ? null : from.atDay(1);
        this.toMonth = to == null ? null : to.atDay(1);
        this.state = DRAFT;
        this.revision = 0;
        this.createdBy = creator.userId();
        this.createdAt = now;
        events.add(new ApplicationEvent(this, now, creator.username(), "CREATE", null, DRAFT, 0, null));
    }

    public static Application construction(long careHomeId, LocalDate asOf, Actor creator, Instant now) {
        checkAsOf(asOf);
        return new Application(careHomeId, ApplicationKind.CONSTRUCTION, asOf, null, null, creator, now);
    }

    public static Application operating(long careHomeId, YearMonth from, YearMonth to, Actor creator, Instant now) {
        checkPeriod(from, to);
        return new Application(careHomeId, ApplicationKind.OPERATING, null, from, to, creator, now);
    }

    private static void checkAsOf(LocalDate asOf) {
        if (asOf == null) {
            throw BusinessException.invalid("DATE_REQUIRED", "asOf", "asOf is required for a construction subsidy");
        }
    }

    private static void checkPeriod(YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw BusinessException.invalid(
                    "MONTH_REQUIRED",
                    from == null ? "from" : "to",
                    "from and to (YYYY-MM) are required for an operating subsidy");
        }
        if (from.isAfter(to)) {
            throw BusinessException.invalid("INVALID_MONTH_RANGE", "to", "to must not be before from");
        }
    }

    /**
     * Whether it may be submitted now (a draft, or returned); the service asks before it computes the lines.
     *
     * @throws BusinessException 409 {@code WRONG_STATE}
     */
    public void checkSubmittable() {
        require(Set.of(DRAFT, RETURNED), "submit");
    }

    /** Freezes the lines computed now (the caller stores them under {@link #getRevision()}) and submits. */
    public void submit(BigDecimal total, Actor by, Instant now) {
        submit(total, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), by, now);
    }

    /**
     * Submits with the adjustments claimed (RULES.md §8.4): the total is the lines' plus the adjustments', never
     * below zero; {@code recoveryCarriedOver} is what recoveries could not take.
     */
    public void submit(
            BigDecimal linesTotal, BigDecimal adjustmentsTotal, BigDecimal recoveryCarriedOver, Actor by, Instant now) {
        checkSubmittable();
        BigDecimal sum = linesTotal.add(adjustmentsTotal);
        if (linesTotal.signum() < 0 || sum.signum() < 0 || recoveryCarriedOver.signum() < 0) {
            throw new IllegalArgumentException("A total is never below zero: " + linesTotal + " + " + adjustmentsTotal);
        }
        ApplicationState before = state;
        revision++;
        this.total = sum;
        this.linesTotal = linesTotal;
        this.adjustmentsTotal = adjustmentsTotal;
        this.recoveryCarriedOver = recoveryCarriedOver;
        this.submittedBy = by.userId();
        this.submittedAt = now;
        this.countyApprovedBy = null;
        this.cityApprovedBy = null;
        this.noticeFrom = null;
        this.noticeUntil = null;
        move(before, SUBMITTED, "SUBMIT", by, now, null);
    }

    /**
     * The actions open to a user of a role on a day (RULES.md §6): the one place that says who may do what in
     * which state, for the REST API and the screens alike. It leaves out what would be refused anyway — an
     * approval before the notice has ended or while objections are undecided, or by the user who submitted or
     * (for the city) approved at the county — so that no screen offers a button that cannot succeed. Whether
     * the application is in the user's scope is the service's business.
     *
     * @param role               the user's role (only home administrators and auditors have actions)
     * @param objectionsPending  whether objections raised during the notice are still undecided
     */
    public Set<ReviewAction> actionsFor(Role role, long userId, LocalDate today, boolean objectionsPending) {
        Set<ReviewAction> open = EnumSet.noneOf(ReviewAction.class);
        boolean submitter = submittedBy != null && submittedBy == userId;
        switch (role == null ? Role.FAMILY : role) {
            case HOME_ADMIN -> {
                if (state == DRAFT || state == RETURNED) {
                    open.add(ReviewAction.SUBMIT);
                    open.add(ReviewAction.WITHDRAW);
                }
                if (state == RETURNED) {
                    open.add(ReviewAction.AMEND);
                }
            }
            case COUNTY_AUDITOR -> {
                if (state == SUBMITTED) {
                    open.add(ReviewAction.RETURN);
                    if (!submitter) {
                        open.add(ReviewAction.APPROVE);
                    }
                }
            }
            case CITY_AUDITOR -> {
                if (state == COUNTY_APPROVED) {
                    open.add(ReviewAction.START_NOTICE);
                    open.add(ReviewAction.RETURN);
                } else if (state == PUBLIC_NOTICE) {
                    open.add(ReviewAction.RETURN);
                    open.add(ReviewAction.DECIDE_OBJECTIONS);
                    boolean countyApprover = countyApprovedBy != null && countyApprovedBy == userId;
                    if (!today.isBefore(noticeUntil) && !objectionsPending && !submitter && !countyApprover) {
                        open.add(ReviewAction.APPROVE);
                    }
                } else if (state == CITY_APPROVED) {
                    open.add(ReviewAction.PAY);
                }
            }
            default -> {
                // administrators and families review nothing
            }
        }
        return open;
    }

    /** Where it stands as its readers should read it on {@code today} ({@link DisplayedState#of}). */
    public DisplayedState displayedState(LocalDate today) {
        return DisplayedState.of(state, getNoticeLastDay(), today);
    }

    /**
     * Whether a notice starting on {@code from} would start in the past, as of {@code today}: the dialog warns that
     * it still runs its full days from today ({@link #startNotice}).
     */
    public static boolean noticeStartsInPast(LocalDate from, LocalDate today) {
        return from != null && from.isBefore(today);
    }

    /** The last day of a notice recorded on {@code today} for {@code days} days, whatever its first day. */
    public static LocalDate noticeLastDayIfRecorded(LocalDate today, int days) {
        return today.plusDays(days).minusDays(1);
    }

    /** Whether the public notice has ended (it was started and its days have passed by {@code today}). */
    public boolean noticeEndedBy(LocalDate today) {
        return noticeUntil != null && !today.isBefore(noticeUntil);
    }

    /** County review passes. Nobody approves what they submitted. */
    public void approveByCounty(Actor by, String comment, Instant now) {
        require(Set.of(SUBMITTED), "approve at county level");
        if (submittedBy != null && submittedBy == by.userId()) {
            throw BusinessException.forbidden(
                    "FOUR_EYES_OWN_SUBMISSION", "Nobody approves an application they submitted");
        }
        countyApprovedBy = by.userId();
        move(SUBMITTED, COUNTY_APPROVED, "COUNTY_APPROVE", by, now, comment);
    }

    /**
     * The city starts the public notice (公示) for {@code days} days (RULES.md §6, API.md). {@code from}
     * is its first day: today, or earlier when it was posted outside the system. Three rules keep the notice
     * from being skipped:
     * <ul>
     * <li>it cannot start before the day of the county's approval (409 {@code NOTICE_BEFORE_COUNTY_APPROVAL});
     * <li>a start more than {@value #BACKDATE_TOLERANCE_DAYS} day before today needs a reason (400
     * {@code NOTICE_BACKDATED_WITHOUT_REASON}), which the history keeps;
     * <li>the public sees it and may object in the system only from the day it is recorded, so it runs
     * {@code days} full days from that day whatever {@code from} says: the city approves no earlier than
     * {@code max(from, recorded) + days} (= {@code recorded + days}, as {@code from} is never after today).
     * Backdating records when the notice was posted; it never shortens it.
     * </ul>
     */
    public void startNotice(LocalDate from, String reason, int days, Actor by, Instant now) {
        require(Set.of(COUNTY_APPROVED), "start the public notice");
        LocalDate today = now.atZone(ZONE).toLocalDate();
        if (from.isAfter(today)) {
            throw BusinessException.invalid(
                    "DATE_IN_FUTURE", "from", "from " + from + " is after today (" + today + ")", from, today);
        }
        LocalDate countyApproved = countyApprovedOn();
        if (countyApproved != null && from.isBefore(countyApproved)) {
            throw BusinessException.conflict(
                    "NOTICE_BEFORE_COUNTY_APPROVAL",
                    "from",
                    "The notice cannot start on " + from + ", before the county approved the application on "
                            + countyApproved,
                    from,
                    countyApproved);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (from.isBefore(today.minusDays(BACKDATE_TOLERANCE_DAYS)) && why == null) {
            throw BusinessException.invalid(
                    "NOTICE_BACKDATED_WITHOUT_REASON",
                    "reason",
                    "A notice starting on " + from
                            + ", more than " + BACKDATE_TOLERANCE_DAYS + " day before today (" + today
                            + "), needs a reason: where and when was it posted?",
                    from,
                    today);
        }
        this.noticeFrom = from;
        this.noticeUntil = noticeLastDayIfRecorded(today, days).plusDays(1); // max(from, today) + days
        move(
                COUNTY_APPROVED,
                PUBLIC_NOTICE,
                "START_NOTICE",
                by,
                now,
                "公示 " + from + " – " + noticeUntil.minusDays(1) + (why == null ? "" : "；" + why));
    }

    /** The day the county approved the current revision, or {@code null} if it has not. */
    public LocalDate countyApprovedOn() {
        for (int i = events.size() - 1; i >= 0; i--) {
            ApplicationEvent e = events.get(i);
            if ("COUNTY_APPROVE".equals(e.getAction()) && e.getRevision() == revision) {
                return e.getOccurredAt().atZone(ZONE).toLocalDate();
            }
        }
        return null;
    }

    /** When the current notice was recorded, or {@code null} if none was started for this revision. */
    public Instant noticeRecordedAt() {
        for (int i = events.size() - 1; i >= 0; i--) {
            ApplicationEvent e = events.get(i);
            if ("START_NOTICE".equals(e.getAction()) && e.getRevision() == revision) {
                return e.getOccurredAt();
            }
        }
        return null;
    }

    public boolean isUnderNotice(LocalDate day) {
        return state == PUBLIC_NOTICE && !day.isBefore(noticeFrom) && day.isBefore(noticeUntil);
    }

    /**
     * City review passes, once the notice has ended with no objection pending. The county and city
     * approvals are by different users, and nobody approves what they submitted.
     */
    public void approveByCity(Actor by, String comment, LocalDate today, boolean objectionsPending, Instant now) {
        require(Set.of(PUBLIC_NOTICE), "approve at city level");
        if (today.isBefore(noticeUntil)) {
            throw BusinessException.conflict(
                    "NOTICE_NOT_ENDED",
                    null,
                    "The public notice runs until " + noticeUntil.minusDays(1) + "; approve after it ends",
                    noticeUntil.minusDays(1));
        }
        if (objectionsPending) {
            throw BusinessException.conflict(
                    "OBJECTIONS_PENDING", null, "Decide the objections raised during the notice first");
        }
        if (submittedBy != null && submittedBy == by.userId()) {
            throw BusinessException.forbidden(
                    "FOUR_EYES_OWN_SUBMISSION", "Nobody approves an application they submitted");
        }
        if (countyApprovedBy != null && countyApprovedBy == by.userId()) {
            throw BusinessException.forbidden(
                    "FOUR_EYES_SAME_APPROVER", "The county and city approvals must be by different people");
        }
        cityApprovedBy = by.userId();
        move(PUBLIC_NOTICE, CITY_APPROVED, "CITY_APPROVE", by, now, comment);
    }

    /** Returned with a reason by the county (while submitted) or the city (after county approval). */
    public void returnBy(Reviewer reviewer, Actor by, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("REASON_REQUIRED", "reason", "Say why the application is returned");
        }
        if (reviewer == Reviewer.COUNTY) {
            require(Set.of(SUBMITTED), "return at county level");
        } else {
            require(Set.of(COUNTY_APPROVED, PUBLIC_NOTICE), "return at city level");
        }
        move(state, RETURNED, reviewer + "_RETURN", by, now, reason);
    }

    /** An objection upheld during the notice returns the application. */
    public void returnForObjection(Actor by, String comment, Instant now) {
        require(Set.of(PUBLIC_NOTICE), "uphold an objection");
        move(PUBLIC_NOTICE, RETURNED, "OBJECTION_UPHELD", by, now, comment);
    }

    /**
     * The home withdraws a draft or a returned application (docs/RULES.md §6, §8.4): it stays, with its
     * history and frozen revisions, but is final and claims nothing. The reason is required.
     *
     * @throws BusinessException 400 {@code REASON_REQUIRED}/{@code REASON_TOO_LONG}; 409 {@code WRONG_STATE}
     */
    public void withdraw(String reason, Actor by, Instant now) {
        String why = CorrectionReason.require(reason);
        require(Set.of(DRAFT, RETURNED), "withdraw");
        move(state, WITHDRAWN, "WITHDRAW", by, now, why);
    }

    /**
     * A returned operating application gets another period; the next submission freezes a new revision
     * with lines computed from the facts as they are then. Checked like a new application.
     *
     * @return the fields changed ({@code from}, {@code to}), for the audit trail
     * @throws BusinessException 409 {@code WRONG_STATE}; 400 {@code FIELD_NOT_FOR_KIND}, {@code MONTH_REQUIRED},
     *     {@code INVALID_MONTH_RANGE}, {@code NOTHING_TO_AMEND}
     */
    /**
     * Whether it may be amended now (returned); the service asks before its own checks.
     *
     * @throws BusinessException 409 {@code WRONG_STATE}
     */
    public void checkAmendable() {
        require(Set.of(RETURNED), "amend");
    }

    public List<FieldChange> amendPeriod(YearMonth from, YearMonth to, Actor by, Instant now) {
        require(Set.of(RETURNED), "amend");
        if (kind != ApplicationKind.OPERATING) {
            throw BusinessException.invalid(
                    "FIELD_NOT_FOR_KIND", "from", "A construction application is amended with asOf, not from/to");
        }
        checkPeriod(from, to); // the same checks as a new application
        YearMonth oldFrom = getFrom();
        YearMonth oldTo = getTo();
        if (from.equals(oldFrom) && to.equals(oldTo)) {
            throw BusinessException.invalid(
                    "NOTHING_TO_AMEND", "from", "The period is already " + from + " – " + to, from.toString());
        }
        this.fromMonth = from.atDay(1);
        this.toMonth = to.atDay(1);
        move(RETURNED, RETURNED, "AMEND", by, now, oldFrom + " – " + oldTo + " → " + from + " – " + to);
        List<FieldChange> changes = new ArrayList<>();
        if (!from.equals(oldFrom)) {
            changes.add(FieldChange.of("from", oldFrom, from));
        }
        if (!to.equals(oldTo)) {
            changes.add(FieldChange.of("to", oldTo, to));
        }
        return changes;
    }

    /**
     * A returned construction application gets another as-of day (see {@link #amendPeriod}).
     *
     * @throws BusinessException 409 {@code WRONG_STATE}; 400 {@code FIELD_NOT_FOR_KIND}, {@code DATE_REQUIRED},
     *     {@code NOTHING_TO_AMEND}
     */
    public List<FieldChange> amendAsOf(LocalDate newAsOf, Actor by, Instant now) {
        require(Set.of(RETURNED), "amend");
        if (kind != ApplicationKind.CONSTRUCTION) {
            throw BusinessException.invalid(
                    "FIELD_NOT_FOR_KIND", "asOf", "An operating application is amended with from and to, not asOf");
        }
        checkAsOf(newAsOf); // the same checks as a new application
        if (newAsOf.equals(asOf)) {
            throw BusinessException.invalid(
                    "NOTHING_TO_AMEND", "asOf", "The as-of day is already " + newAsOf, newAsOf.toString());
        }
        LocalDate old = asOf;
        this.asOf = newAsOf;
        move(RETURNED, RETURNED, "AMEND", by, now, old + " → " + newAsOf);
        return List.of(FieldChange.of("asOf", old, newAsOf));
    }

    /**
     * The latest return (by the county, the city, or for an upheld objection): its event carries the reason,
     * who and when; {@code null} if the application was never returned.
     */
    public ApplicationEvent lastReturn() {
        for (int i = events.size() - 1; i >= 0; i--) {
            ApplicationEvent e = events.get(i);
            if (e.getToState() == RETURNED && e.getFromState() != RETURNED) {
                return e;
            }
        }
        return null;
    }

    /** Records the payment; the amount is exactly the approved total. */
    public void pay(LocalDate on, BigDecimal amount, String voucherNo, Actor by, Instant now) {
        require(Set.of(CITY_APPROVED), "record a payment");
        if (amount == null || amount.compareTo(total) != 0) {
            throw BusinessException.invalid(
                    "AMOUNT_MISMATCH",
                    "amount",
                    "The payment must equal the approved total " + total.toPlainString(),
                    total.toPlainString());
        }
        this.paidOn = on;
        this.paidAmount = total;
        this.voucher = voucherNo;
        move(CITY_APPROVED, PAID, "PAY", by, now, "voucher " + voucherNo + ", " + total.toPlainString());
    }

    private void require(Set<ApplicationState> allowed, String what) {
        if (!allowed.contains(state)) {
            throw BusinessException.conflict(
                    "WRONG_STATE", null, "Cannot " + what + " an application that is " + state, state.name());
        }
    }

    private void move(
            ApplicationState from, ApplicationState to, String action, Actor by, Instant now, String comment) {
        this.state = to;
        events.add(new ApplicationEvent(this, now, by.username(), action, from, to, revision, comment));
    }

    public Long getId() {
        return id;
    }

    public long getCareHomeId() {
        return careHomeId;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public YearMonth getFrom() {
        return fromMonth == null ? null : YearMonth.from(fromMonth);
    }

    public YearMonth getTo() {
        return toMonth == null ? null : YearMonth.from(toMonth);
    }

    public ApplicationState getState() {
        return state;
    }

    public int getRevision() {
        return revision;
    }

    public BigDecimal getTotal() {
        return total;
    }

    /** The frozen lines' total of the current revision (null before the first submission). */
    public BigDecimal getLinesTotal() {
        return linesTotal;
    }

    public BigDecimal getAdjustmentsTotal() {
        return adjustmentsTotal;
    }

    public BigDecimal getRecoveryCarriedOver() {
        return recoveryCarriedOver;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** The day it was (last) submitted, in the city's zone; null if never submitted. */
    public LocalDate submittedOn() {
        return submittedAt == null ? null : LocalDate.ofInstant(submittedAt, CityTime.ZONE);
    }

    /**
     * How many days it has waited for review on {@code today} (the city's date): whole days since it was
     * submitted, while it is under review (submitted, county-approved, under notice, city-approved); null
     * otherwise — a draft, a returned or withdrawn application waits for its home, a paid one for nobody.
     */
    public Long daysWaiting(LocalDate today) {
        boolean underReview =
                state == SUBMITTED || state == COUNTY_APPROVED || state == PUBLIC_NOTICE || state == CITY_APPROVED;
        LocalDate on = submittedOn();
        return underReview && on != null ? Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(on, today)) : null;
    }

    public Long getCountyApprovedBy() {
        return countyApprovedBy;
    }

    public Long getCityApprovedBy() {
        return cityApprovedBy;
    }

    public LocalDate getNoticeFrom() {
        return noticeFrom;
    }

    /** Last day of the notice. */
    public LocalDate getNoticeLastDay() {
        return noticeUntil == null ? null : noticeUntil.minusDays(1);
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public String getVoucher() {
        return voucher;
    }

    public List<ApplicationEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }
}
