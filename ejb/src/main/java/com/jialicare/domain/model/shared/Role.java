package com.jialicare.domain.model.shared;

/** Who a user is to the system (RULES.md §7); each role has one kind of scope. */
public enum Role {
    /** City system administrator: users, policy table. */
    ADMIN,
    /** Administrator of one care home. */
    HOME_ADMIN,
    /** Civil-affairs auditor of one county. */
    COUNTY_AUDITOR,
    /** Civil-affairs auditor of the whole city. */
    CITY_AUDITOR,
    /** A resident's family member: the linked residents only. */
    FAMILY
}
