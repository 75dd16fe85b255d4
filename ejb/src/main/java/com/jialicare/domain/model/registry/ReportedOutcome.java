package com.jialicare.domain.model.registry;

/** What a reported event did to the records. */
public enum ReportedOutcome {
    /** An open stay ended on the day of death, reason DECEASED. */
    STAY_ENDED,
    /** A discharge recorded later than the death (or on its day with another reason) corrected to it. */
    DISCHARGE_CORRECTED,
    /** A hukou change to outside the city recorded from the reported day. */
    HUKOU_CHANGED,
    /** The person matched and the records already say so: nothing to change. */
    UNCHANGED,
    /** Left as a case for the county auditor. */
    CASE,
    /** A case dismissed by the auditor: the event changed nothing. */
    DISMISSED;

    /** Whether the event changed a stay. */
    public boolean endedStay() {
        return this == STAY_ENDED || this == DISCHARGE_CORRECTED;
    }
}
