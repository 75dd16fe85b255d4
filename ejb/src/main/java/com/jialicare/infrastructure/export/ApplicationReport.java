package com.jialicare.infrastructure.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the exports print, already in words (the caller resolves names and reasons in the reader's
 * language): plain data, so the documents can be tested without a server.
 */
public record ApplicationReport(long applicationId, String homeName, String creditCode, String countyName,
        String kind, String period, String state, int revision, BigDecimal total, LocalDate noticeFrom,
        LocalDate noticeLastDay, List<Line> lines, List<Step> history, boolean chinese) {

    /** One bed or resident-month. */
    public record Line(int lineNo, String subject, String detail, String month, Integer presentDays, Integer level,
            boolean eligible, BigDecimal amount, String reasonCode, String reason, int policyVersion) {
    }

    /** One transition. */
    public record Step(String at, String actor, String action, String toState, String comment) {
    }
}
