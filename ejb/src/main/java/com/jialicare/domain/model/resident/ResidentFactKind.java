package com.jialicare.domain.model.resident;

/** The dated facts of a resident (docs/RULES.md §8.1): a change adds to HUKOU or STATE_SUPPORT; a correction may withdraw an entry of any. */
public enum ResidentFactKind {
    HUKOU,
    STATE_SUPPORT,
    ASSESSMENT
}
