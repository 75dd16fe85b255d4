package com.jialicare.domain.model.application;

/**
 * {@code DRAFT → SUBMITTED → COUNTY_APPROVED → PUBLIC_NOTICE → CITY_APPROVED → PAID}, or {@code RETURNED}; a
 * draft or a returned application may be {@code WITHDRAWN} by its home (kept, claims nothing, final).
 */
public enum ApplicationState {
    DRAFT,
    SUBMITTED,
    COUNTY_APPROVED,
    PUBLIC_NOTICE,
    CITY_APPROVED,
    PAID,
    RETURNED,
    /** Withdrawn by the home from {@code DRAFT} or {@code RETURNED} (docs/RULES.md §8.4): final, claims nothing. */
    WITHDRAWN;

    /** Submitted and neither returned nor withdrawn: its lines are claimed. */
    public boolean holdsClaims() {
        return this != DRAFT && this != RETURNED && this != WITHDRAWN;
    }
}
