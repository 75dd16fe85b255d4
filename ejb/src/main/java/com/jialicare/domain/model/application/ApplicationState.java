package com.jialicare.domain.model.application;

/** {@code DRAFT → SUBMITTED → COUNTY_APPROVED → PUBLIC_NOTICE → CITY_APPROVED → PAID}, or {@code RETURNED}. */
public enum ApplicationState {
    DRAFT,
    SUBMITTED,
    COUNTY_APPROVED,
    PUBLIC_NOTICE,
    CITY_APPROVED,
    PAID,
    RETURNED;

    /** Submitted and not returned: its lines are claimed. */
    public boolean holdsClaims() {
        return this != DRAFT && this != RETURNED;
    }
}
