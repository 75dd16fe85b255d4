package com.jialicare.domain.model.policy;

/**
 * How a construction subsidy is recovered when a paid bed leaves the hold period early (docs/RULES.md §8.6):
 * the policy parameter {@code constructionClawback}.
 */
public enum ClawbackMode {
    /** The whole amount paid for the bed. */
    FULL,
    /** The amount × whole months left of the hold ÷ the hold months, rounded half-up to the fen. */
    PRORATA
}
