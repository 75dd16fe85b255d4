package com.jialicare.domain.model.carehome;

/** The dated facts of a care home's filing (docs/RULES.md §8.1), each kept as a dated history. */
public enum HomeFactKind {
    /** 机构性质: a value of {@link com.jialicare.domain.model.shared.Ownership}. */
    OWNERSHIP,
    /** The premises, owned or leased until a day ({@link PremisesTerm}). */
    PREMISES,
    /** 核定床位: the filed capacity. */
    FILED_BEDS,
    /** Closed from its day: no admissions or new beds from then, and no construction subsidy as of then. */
    CLOSED
}
