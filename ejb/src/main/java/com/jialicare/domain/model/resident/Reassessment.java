package com.jialicare.domain.model.resident;

import java.time.LocalDate;

/**
 * When a resident's capability level should be assessed again (docs/RULES.md §1, Reading of issue #16 item 7): every
 * {@value #INTERVAL_MONTHS} months after the latest assessment in effect. The home's dashboard lists those due within
 * {@value #NOTICE_DAYS} days, and those overdue. It is a reminder only: no subsidy rule reads it.
 */
public final class Reassessment {

    /** Months an assessment stays current. */
    public static final int INTERVAL_MONTHS = 12;

    /** Days ahead the dashboard lists a reassessment coming due. */
    public static final int NOTICE_DAYS = 30;

    private Reassessment() {}

    /** The day a reassessment is due after one effective on {@code lastAssessed}. */
    public static LocalDate dueOn(LocalDate lastAssessed) {
        return lastAssessed.plusMonths(INTERVAL_MONTHS);
    }

    /** Whether it is due (or overdue) by {@code today} + {@value #NOTICE_DAYS} days. */
    public static boolean listedOn(LocalDate lastAssessed, LocalDate today) {
        return !dueOn(lastAssessed).isAfter(today.plusDays(NOTICE_DAYS));
    }
}
