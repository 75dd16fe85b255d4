package com.jialicare.domain.model.subsidy;

/**
 * What ends a paid construction bed's hold period early (docs/RULES.md §8.6). When several happen, the earliest
 * day counts; on the same day, the first in this order.
 */
public enum HoldTrigger {
    /** The bed was retired (out of service from that day). */
    BED_RETIRED,
    /** The home closed on that day. */
    HOME_CLOSED,
    /**
     * The home stopped being eligible on that day: its ownership, filing or premises in effect that day would not
     * have qualified the application (the §3.1 check of the construction calculator), or its lease ended.
     */
    HOME_INELIGIBLE
}
