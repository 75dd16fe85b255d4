package com.jialicare.interfaces.rest;

import com.jialicare.application.ApplicationService.Details;
import com.jialicare.domain.model.application.Application;
import com.jialicare.domain.model.application.ApplicationEvent;
import com.jialicare.domain.model.application.FrozenLine;
import com.jialicare.domain.model.shared.CityTime;
import com.jialicare.domain.model.shared.LeshanCounty;
import com.jialicare.domain.model.subsidy.ExclusionReason;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An application as the API shows it: state, revision, total, the frozen lines of the revision shown (a
 * draft shows a live preview instead, {@code frozen: false}), the history of transitions and the objections,
 * and {@code actions}: what the caller may do next (SUBMIT, APPROVE, RETURN, START_NOTICE, DECIDE_OBJECTIONS,
 * PAY, WITHDRAW, AMEND; empty in lists). {@code returned}: the latest return's reason (missing if never returned).
 */
@JsonbPropertyOrder({
    "id",
    "careHomeId",
    "careHomeName",
    "countyCode",
    "kind",
    "asOf",
    "from",
    "to",
    "state",
    "revision",
    "revisionShown",
    "frozen",
    "total",
    "linesTotal",
    "adjustmentsTotal",
    "recoveryCarriedOver",
    "notice",
    "payment",
    "returned",
    "lines",
    "adjustments",
    "history",
    "objections",
    "actions"
})
public record ApplicationView(
        long id,
        long careHomeId,
        String careHomeName,
        String countyCode,
        String kind,
        LocalDate asOf,
        String from,
        String to,
        String state,
        int revision,
        int revisionShown,
        boolean frozen,

        @JsonbNillable
        @Schema(
                nullable = true,
                description = "linesTotal + adjustmentsTotal, never below 0 (RULES.md §8.4); a draft: what a"
                        + " submission now would freeze")
        BigDecimal total,

        @JsonbNillable @Schema(nullable = true, description = "the eligible lines' sum")
        BigDecimal linesTotal,

        @JsonbNillable
        @Schema(nullable = true, description = "the adjustments' sum: back-pay positive, recovery negative")
        BigDecimal adjustmentsTotal,

        @JsonbNillable
        @Schema(
                nullable = true,
                description = "what the recoveries could not take (the total stops at 0): still owed, claimed by a"
                        + " later application")
        BigDecimal recoveryCarriedOver,

        @JsonbNillable @Schema(nullable = true) Notice notice,
        @JsonbNillable @Schema(nullable = true) Payment payment,

        @Schema(description = "The latest return (reason, who, when, in which revision); missing if never returned")
        Returned returned,

        List<Line> lines,

        @Schema(
                description = "The adjustments (RULES.md §8.4) the revision shown claimed, apart from its lines; a"
                        + " draft: what it would claim if submitted now (adjustmentId null). Empty in lists")
        List<Adjustment> adjustments,

        List<Event> history,
        List<ObjectionView> objections,
        List<String> actions) {

    public record Notice(LocalDate from, LocalDate lastDay) {}

    public record Payment(LocalDate paidOn, BigDecimal amount, String voucher) {}

    /** The latest return: by whom ({@code COUNTY_RETURN}, {@code CITY_RETURN}, {@code OBJECTION_UPHELD}), why. */
    public record Returned(OffsetDateTime at, String actor, String action, int revision, String reason) {}

    /** One bed (construction) or one resident-month (operating); fields of the other kind are left out. */
    public record Line(
            int lineNo,
            Long bedId,
            String bedCode,
            LocalDate commissionedOn,
            Long residentId,
            String residentName,
            Long stayId,
            String month,
            Integer presentDays,
            Integer level,
            boolean eligible,
            BigDecimal amount,
            @JsonbNillable @Schema(nullable = true) String reasonCode,
            @JsonbNillable @Schema(nullable = true) String reason,
            int policyVersion) {}

    /**
     * An adjustment the application carries: back-pay (amount positive) or recovery (negative) on the paid
     * application {@code correctsApplicationId}'s line {@code lineNo}; {@code state} CLAIMED, PAID or RELEASED
     * (a draft's: OUTSTANDING, {@code adjustmentId} null).
     */
    public record Adjustment(
            @JsonbNillable @Schema(nullable = true) Long adjustmentId,
            @Schema(enumeration = {"BACK_PAY", "RECOVERY"}) String type,

            @Schema(enumeration = {"OPERATING", "CONSTRUCTION"})
            String kind,

            BigDecimal amount,
            long correctsApplicationId,
            Integer lineNo,
            String month,
            Long stayId,
            Long residentId,
            String residentName,
            Long bedId,
            BigDecimal oldAmount,
            BigDecimal newAmount,
            @JsonbNillable @Schema(nullable = true) AdjustmentView.Cause cause,

            @Schema(enumeration = {"OUTSTANDING", "CLAIMED", "PAID", "RELEASED"})
            String state,

            boolean holdPeriod) {

        static Adjustment of(AdjustmentView v) {
            return new Adjustment(
                    v.id(),
                    v.type(),
                    v.kind(),
                    v.amount(),
                    v.correctsApplicationId(),
                    v.lineNo(),
                    v.month(),
                    v.stayId(),
                    v.residentId(),
                    v.residentName(),
                    v.bedId(),
                    v.oldAmount(),
                    v.newAmount(),
                    v.cause(),
                    v.state(),
                    v.holdPeriod());
        }
    }

    public record Event(
            OffsetDateTime at,
            String actor,
            String action,
            String fromState,
            String toState,
            int revision,
            String comment) {}

    public record ObjectionView(
            long id, OffsetDateTime raisedAt, String text, Boolean upheld, String decidedBy, String decisionComment) {}

    static ApplicationView of(
            Details d,
            Map<Long, String> residentNames,
            Locale locale,
            com.jialicare.application.subsidy.AdjustmentService.Carried carried) {
        Application a = d.application();
        return new ApplicationView(
                a.getId(),
                a.getCareHomeId(),
                d.home().getName(),
                d.home().getCountyCode(),
                a.getKind().name(),
                a.getAsOf(),
                month(a.getFrom()),
                month(a.getTo()),
                a.getState().name(),
                a.getRevision(),
                d.revisionShown(),
                d.frozen(),
                // each revision shows its own lines and adjustments; a draft what a submission now would freeze
                carried.total(),
                carried.linesTotal(),
                carried.adjustmentsTotal(),
                carried.recoveryCarriedOver(),
                a.getNoticeFrom() == null ? null : new Notice(a.getNoticeFrom(), a.getNoticeLastDay()),
                a.getPaidOn() == null ? null : new Payment(a.getPaidOn(), a.getPaidAmount(), a.getVoucher()),
                returned(a.lastReturn()),
                d.lines().stream().map(l -> line(l, residentNames, locale)).toList(),
                carried.entries().stream()
                        .map(e -> Adjustment.of(AdjustmentView.of(e, carried.residentNames())))
                        .toList(),
                a.getEvents().stream().map(ApplicationView::event).toList(),
                d.objections().stream()
                        .map(o -> new ObjectionView(
                                o.getId(),
                                at(o.getRaisedAt()),
                                o.getText(),
                                o.getUpheld(),
                                o.getDecidedBy(),
                                o.getDecisionComment()))
                        .toList(),
                d.actions().stream().sorted().map(Enum::name).toList());
    }

    /** A summary for lists: no lines, no history. */
    static ApplicationView summary(Application a, String homeName, String countyCode) {
        return new ApplicationView(
                a.getId(),
                a.getCareHomeId(),
                homeName,
                countyCode,
                a.getKind().name(),
                a.getAsOf(),
                month(a.getFrom()),
                month(a.getTo()),
                a.getState().name(),
                a.getRevision(),
                a.getRevision(),
                a.getRevision() > 0,
                a.getTotal(),
                a.getLinesTotal(),
                a.getRevision() > 0 ? a.getAdjustmentsTotal() : null,
                a.getRevision() > 0 ? a.getRecoveryCarriedOver() : null,
                a.getNoticeFrom() == null ? null : new Notice(a.getNoticeFrom(), a.getNoticeLastDay()),
                a.getPaidOn() == null ? null : new Payment(a.getPaidOn(), a.getPaidAmount(), a.getVoucher()),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    static Line line(FrozenLine l, Map<Long, String> residentNames, Locale locale) {
        String reason = l.getReasonCode() == null
                ? null
                : ExclusionReason.valueOf(l.getReasonCode()).reason(locale);
        return new Line(
                l.getLineNo(),
                l.getBedId(),
                l.getBedCode(),
                l.getCommissionedOn(),
                l.getResidentId(),
                l.getResidentId() == null ? null : residentNames.get(l.getResidentId()),
                l.getStayId(),
                l.getMonth() == null ? null : month(YearMonth.from(l.getMonth())),
                l.getPresentDays(),
                l.getCareLevel(),
                l.isEligible(),
                l.getAmount(),
                l.getReasonCode(),
                reason,
                l.getPolicyVersion());
    }

    /** The eligible lines' sum of the revision shown (a draft: its preview). */
    static BigDecimal linesTotal(Details d) {
        return d.lines().stream()
                .filter(FrozenLine::isEligible)
                .map(FrozenLine::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    private static Returned returned(ApplicationEvent e) {
        return e == null
                ? null
                : new Returned(at(e.getOccurredAt()), e.getActor(), e.getAction(), e.getRevision(), e.getComment());
    }

    private static Event event(ApplicationEvent e) {
        return new Event(
                at(e.getOccurredAt()),
                e.getActor(),
                e.getAction(),
                e.getFromState() == null ? null : e.getFromState().name(),
                e.getToState().name(),
                e.getRevision(),
                e.getComment());
    }

    static OffsetDateTime at(java.time.Instant i) {
        return i == null ? null : i.atZone(CityTime.ZONE).toOffsetDateTime();
    }

    static String month(YearMonth m) {
        return m == null ? null : m.toString();
    }

    static String countyName(String code) {
        return LeshanCounty.byCode(code).map(LeshanCounty::nameZh).orElse(code);
    }
}
