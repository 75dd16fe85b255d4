package com.jialicare.domain.model.application;

/** The two levels of review. */
public enum Reviewer {
    /** The civil-affairs bureau of the home's county. */
    COUNTY,
    /** The city's civil-affairs bureau. */
    CITY
}
