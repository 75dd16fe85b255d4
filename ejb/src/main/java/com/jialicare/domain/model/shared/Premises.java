package com.jialicare.domain.model.shared;

/** Whether a care home owns its premises or leases them (a lease has an end date). */
public enum Premises {
    OWNED,
    LEASED
}
