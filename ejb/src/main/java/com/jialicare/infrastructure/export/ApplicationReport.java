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
        String printedAt) {

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
}
