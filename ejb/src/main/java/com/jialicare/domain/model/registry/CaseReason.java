package com.jialicare.domain.model.registry;

/**
 * Why a reported event was not applied but left to the county auditor (docs/RULES.md §8.5). Also the code of the
 * reason's words in the user interface ({@code case.reason.<CODE>}).
 */
public enum CaseReason {
    /** No registered person with this ID number in the importer's scope. */
    UNKNOWN_ID_NUMBER,
    /** The reported day is after today. */
    DATE_IN_FUTURE,
    /** The person has a stay that starts on or after the reported death. */
    STAY_AFTER_DEATH,
    /** The stay to end is in a home of another county than the importing county auditor's. */
    STAY_IN_OTHER_COUNTY,
    /** The hukou history already has an entry on or after the reported move. */
    HUKOU_HISTORY_CONFLICT,
    /** Another list reported the same person and kind with another day. */
    CONFLICTING_REPORT
}
