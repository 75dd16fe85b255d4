package com.jialicare.infrastructure.export;

import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the exports print: names and reasons already in the reader's language (the caller resolves them), the
 * codes (kind, state, actions) as codes, which the documents word from the export bundle. Plain data, so the
 * documents can be tested without a server. {@code printedAt} is when the document was made (yyyy-MM-dd HH:mm,
 * Asia/Shanghai), which a filed copy says.
 */
public record ApplicationReport(
        long applicationId,
        String homeName,
        String creditCode,
        String countyName,
        ApplicationKind kind,
        String period,
        ApplicationState state,
        int revision,
        BigDecimal total,
        LocalDate noticeFrom,
        LocalDate noticeLastDay,
        List<Line> lines,
        List<Step> history,
        boolean chinese,
        String printedAt,
        Adjustments adjustments) {

    /** Without adjustments (RULES.md §8.4): the documents have no adjustments section. */
    public ApplicationReport(
            long applicationId,
            String homeName,
            String creditCode,
            String countyName,
            ApplicationKind kind,
            String period,
            ApplicationState state,
            int revision,
            BigDecimal total,
            LocalDate noticeFrom,
            LocalDate noticeLastDay,
            List<Line> lines,
            List<Step> history,
            boolean chinese,
            String printedAt) {
        this(
                applicationId,
                homeName,
                creditCode,
                countyName,
                kind,
                period,
                state,
                revision,
                total,
                noticeFrom,
                noticeLastDay,
                lines,
                history,
                chinese,
                printedAt,
                null);
    }

    /**
     * The adjustments the application carries (RULES.md §8.4), apart from its lines, with the totals: lines +
     * adjustments = total (never below 0); {@code recoveryCarriedOver} is what recoveries could not take.
     */
    public record Adjustments(
            List<Adjustment> items,
            BigDecimal linesTotal,
            BigDecimal adjustmentsTotal,
            BigDecimal total,
            BigDecimal recoveryCarriedOver) {

        /** Whether the documents print the section: something carried, or a recovery carried over. */
        public boolean shown() {
            return !items.isEmpty() || recoveryCarriedOver.signum() != 0;
        }
    }

    /**
     * One adjustment: {@code type} BACK_PAY or RECOVERY and {@code cause} the recorded action (codes, worded by the
     * documents: {@code adjustment.type.*}, {@code cause.*}); {@code subject} the month and resident or the bed.
     */
    public record Adjustment(
            String type,
            String subject,
            long correctsApplicationId,
            Integer lineNo,
            BigDecimal oldAmount,
            BigDecimal newAmount,
            BigDecimal amount,
            String cause) {}

    /**
     * One bed or resident-month. {@code maskedIdNumber} and {@code bed} tell same-name residents apart (the
     * bed or beds the resident slept in that month); both null where they do not apply.
     */
    public record Line(
            int lineNo,
            String subject,
            String maskedIdNumber,
            String bed,
            String detail,
            String month,
            Integer presentDays,
            Integer level,
            boolean eligible,
            BigDecimal amount,
            String reason,
            int policyVersion) {}

    /** One transition: {@code action} is the recorded code (SUBMIT, COUNTY_APPROVE …), {@code actor} a person's name. */
    public record Step(
            String at, String actor, String action, ApplicationState toState, int revision, String comment) {}

    /** The total as recorded, or while the application has none (a draft) the sum of its eligible lines. */
    public BigDecimal totalOrSum() {
        if (total != null) {
            return total;
        }
        return lines.stream()
                .filter(Line::eligible)
                .map(Line::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    /**
     * The state as shown on the day the document was made ({@link
     * com.jialicare.domain.model.application.DisplayedState}, issue #16 item 6): a notice whose last day has passed
     * reads as ended and awaiting approval; {@code null} when the day printed is not known.
     */
    public com.jialicare.domain.model.application.DisplayedState displayedState() {
        if (printedAt == null || printedAt.length() < 10) {
            return null;
        }
        try {
            return com.jialicare.domain.model.application.DisplayedState.of(
                    state, noticeLastDay, LocalDate.parse(printedAt.substring(0, 10)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
