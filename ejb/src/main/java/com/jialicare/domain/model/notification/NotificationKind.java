package com.jialicare.domain.model.notification;

/** What a notification tells of, and so who reads it ({@link #audience()}). */
public enum NotificationKind {
    /** Returned by the county or the city, or by an upheld objection: the home's administrators amend it. */
    APPLICATION_RETURNED,
    /** Approved by the county. */
    APPLICATION_COUNTY_APPROVED,
    /** Approved by the city. */
    APPLICATION_CITY_APPROVED,
    /** The payment was recorded. */
    APPLICATION_PAID,
    /** Someone objected during the public notice: for the auditors. */
    OBJECTION_RAISED;

    public Audience audience() {
        return this == OBJECTION_RAISED ? Audience.AUDITORS : Audience.HOME;
    }
}
