package com.jialicare.domain.model.adjustment;

/**
 * Where an adjustment stands (API.md: {@code OUTSTANDING|CLAIMED|PAID}). Outstanding adjustments are computed
 * from the facts whenever they are asked for and never stored; an application's submission stores what it
 * claims ({@code CLAIMED}), its payment makes them {@code PAID}, and its return or withdrawal {@code RELEASED}
 * (kept, claiming nothing: the same amounts are outstanding again, or less if the facts changed back).
 */
public enum AdjustmentState {
    OUTSTANDING,
    CLAIMED,
    PAID,
    RELEASED;

    /** Whether an adjustment in this state counts as claimed by a live application (§8.4: "already claimed"). */
    public boolean counts() {
        return this == CLAIMED || this == PAID;
    }
}
