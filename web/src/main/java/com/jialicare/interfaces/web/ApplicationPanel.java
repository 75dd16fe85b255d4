package com.jialicare.interfaces.web;

import com.jialicare.application.ApplicationService.Details;
import com.jialicare.application.subsidy.AdjustmentService;
import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.application.ApplicationEvent;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.application.Objection;
import com.jialicare.domain.model.application.ReviewAction;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * An application as its pages show it, read once from {@code ApplicationService.get}: the header, the lines
 * of the revision shown (a draft's live preview, or the frozen lines), the history and the objections.
 */
public class ApplicationPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One transition: who, when, from which state to which, and why. */
    public record Step(
            Instant at,
            String actor,
            String action,
            ApplicationState from,
            ApplicationState to,
            int revision,
            String comment)
            implements Serializable {}

    /** An objection raised during the public notice, and the city's decision. */
    public record ObjectionRow(
            long id,
            Instant raisedAt,
            String text,
            String contact,
            Boolean upheld,
            String decidedBy,
            Instant decidedAt,
            String decisionComment)
            implements Serializable {

        public boolean pending() {
            return upheld == null;
        }
    }

    /**
     * An adjustment the application carries (RULES.md §8.4): back-pay (补发) or recovery (追缴) on line
     * {@code lineNo} of the paid application {@code correctsApplicationId}, the old and new amount, the action
     * of the change or correction behind it ({@code history.action.*}), its state.
     */
    public record AdjustmentRow(
            Long id,
            String type,
            YearMonth month,
            Long residentId,
            String residentName,
            Long bedId,
            long correctsApplicationId,
            Integer lineNo,
            BigDecimal oldAmount,
            BigDecimal newAmount,
            BigDecimal amount,
            String cause,
            String state)
            implements Serializable {

        public static AdjustmentRow of(AdjustmentService.Entry e, java.util.Map<Long, String> names) {
            return new AdjustmentRow(
                    e.id(),
                    e.type().name(),
                    e.month(),
                    e.residentId(),
                    e.residentId() == null ? null : names.get(e.residentId()),
                    e.bedId(),
                    e.correctsApplicationId(),
                    e.lineNo(),
                    e.oldAmount(),
                    e.newAmount(),
                    e.amount(),
                    e.causeKind(),
                    e.state().name());
        }

        public boolean backPay() {
            return "BACK_PAY".equals(type);
        }
    }

    private final long id;
    private final long careHomeId;
    private final String homeName;
    private final String countyCode;
    private final ApplicationKind kind;
    private final LocalDate asOf;
    private final YearMonth from;
    private final YearMonth to;
    private final ApplicationState state;
    private final int revision;
    private final int revisionShown;
    private final boolean frozen;
    private final BigDecimal total;
    private final LocalDate noticeFrom;
    private final LocalDate noticeLastDay;
    private final LocalDate paidOn;
    private final BigDecimal paidAmount;
    private final String voucher;
    private final Lines lines;
    private final List<Step> history;
    private final List<ObjectionRow> objections;
    private final Set<ReviewAction> actions;
    private final Step returned;
    private final List<AdjustmentRow> adjustments;
    private final BigDecimal linesTotal;
    private final BigDecimal adjustmentsTotal;
    private final BigDecimal recoveryCarriedOver;

    /** Without the adjustments (RULES.md §8.4): the lines' total is the total. */
    public ApplicationPanel(Details d) {
        this(d, null);
    }

    /** With what the application carries ({@code AdjustmentService.ofApplication}; null: nothing). */
    public ApplicationPanel(Details d, AdjustmentService.Carried carried) {
        Application a = d.application();
        this.id = a.getId();
        this.careHomeId = a.getCareHomeId();
        this.homeName = d.home().getName();
        this.countyCode = d.home().getCountyCode();
        this.kind = a.getKind();
        this.asOf = a.getAsOf();
        this.from = a.getFrom();
        this.to = a.getTo();
        this.state = a.getState();
        this.revision = a.getRevision();
        this.revisionShown = d.revisionShown();
        this.frozen = d.frozen();
        this.actions = d.actions().isEmpty() ? Set.of() : EnumSet.copyOf(d.actions());
        List<LineRow> rows =
                d.lines().stream().map(l -> LineRow.of(l, d.residentNames())).toList();
        // an earlier revision shows its own lines' sum; the application's lines total is the latest revision's
        this.lines = a.getLinesTotal() == null || d.revisionShown() != a.getRevision()
                ? Lines.summed(rows)
                : new Lines(rows, a.getLinesTotal());
        if (carried == null) {
            this.adjustments = List.of();
            this.linesTotal = lines.getTotal();
            this.adjustmentsTotal = BigDecimal.ZERO.setScale(2);
            this.recoveryCarriedOver = BigDecimal.ZERO.setScale(2);
            this.total = lines.getTotal();
        } else {
            this.adjustments = carried.entries().stream()
                    .map(e -> AdjustmentRow.of(e, carried.residentNames()))
                    .toList();
            this.linesTotal = carried.linesTotal();
            this.adjustmentsTotal = carried.adjustmentsTotal();
            this.recoveryCarriedOver = carried.recoveryCarriedOver();
            this.total = carried.total();
        }
        this.noticeFrom = a.getNoticeFrom();
        this.noticeLastDay = a.getNoticeLastDay();
        this.paidOn = a.getPaidOn();
        this.paidAmount = a.getPaidAmount();
        this.voucher = a.getVoucher();
        this.history = a.getEvents().stream().map(ApplicationPanel::step).toList();
        this.objections =
                d.objections().stream().map(ApplicationPanel::objection).toList();
        this.returned = a.lastReturn() == null ? null : step(a.lastReturn());
    }

    /** The latest return (its reason, who, when, which revision), shown at the top; {@code null} if never returned. */
    public Step getReturned() {
        return returned;
    }

    private static Step step(ApplicationEvent e) {
        return new Step(
                e.getOccurredAt(),
                e.getActor(),
                e.getAction(),
                e.getFromState(),
                e.getToState(),
                e.getRevision(),
                e.getComment());
    }

    private static ObjectionRow objection(Objection o) {
        return new ObjectionRow(
                o.getId(),
                o.getRaisedAt(),
                o.getText(),
                o.getContact(),
                o.getUpheld(),
                o.getDecidedBy(),
                o.getDecidedAt(),
                o.getDecisionComment());
    }

    /** The eligible lines' sum of the revision shown (a draft: its preview). */
    public static BigDecimal eligibleTotal(Details d) {
        return d.lines().stream()
                .filter(com.jialicare.domain.model.application.FrozenLine::isEligible)
                .map(com.jialicare.domain.model.application.FrozenLine::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    /** The revisions that have frozen lines, newest first (none for a draft). */
    public List<Integer> getRevisions() {
        return IntStream.iterate(revision, r -> r >= 1, r -> r - 1).boxed().toList();
    }

    public boolean isOperating() {
        return kind == ApplicationKind.OPERATING;
    }

    public boolean hasPendingObjections() {
        return objections.stream().anyMatch(ObjectionRow::pending);
    }

    public long getId() {
        return id;
    }

    public long getCareHomeId() {
        return careHomeId;
    }

    public String getHomeName() {
        return homeName;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public YearMonth getFrom() {
        return from;
    }

    public YearMonth getTo() {
        return to;
    }

    public ApplicationState getState() {
        return state;
    }

    public int getRevision() {
        return revision;
    }

    public int getRevisionShown() {
        return revisionShown;
    }

    public boolean isFrozen() {
        return frozen;
    }

    /** The application's total, or for a draft the sum of its preview's eligible lines. */
    public BigDecimal getTotal() {
        return total;
    }

    public LocalDate getNoticeFrom() {
        return noticeFrom;
    }

    public LocalDate getNoticeLastDay() {
        return noticeLastDay;
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

    public Lines getLines() {
        return lines;
    }

    /** The adjustments carried, apart from the lines (a draft: what it would claim if submitted now). */
    public List<AdjustmentRow> getAdjustments() {
        return adjustments;
    }

    /** Whether there is anything to show about adjustments (some carried, or a recovery carried over). */
    public boolean isAdjusted() {
        return !adjustments.isEmpty() || recoveryCarriedOver.signum() != 0 || adjustmentsTotal.signum() != 0;
    }

    public BigDecimal getLinesTotal() {
        return linesTotal;
    }

    public BigDecimal getAdjustmentsTotal() {
        return adjustmentsTotal;
    }

    public BigDecimal getRecoveryCarriedOver() {
        return recoveryCarriedOver;
    }

    public List<Step> getHistory() {
        return history;
    }

    public List<ObjectionRow> getObjections() {
        return objections;
    }

    /** Whether the reader may do that next (Application.actionsFor: the one place that decides it). */
    public boolean can(ReviewAction action) {
        return actions.contains(action);
    }
}
