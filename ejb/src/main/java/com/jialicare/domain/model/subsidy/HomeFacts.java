package com.jialicare.domain.model.subsidy;

import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import java.time.LocalDate;

/**
 * What the subsidy rules need to know about a care home.
 *
 * @param filedOn     day of filing (备案) with the civil-affairs bureau; {@code null} if not filed
 * @param filedBeds   filed capacity (核定床位)
 * @param leaseEndsOn end of the lease; {@code null} unless the premises are {@link Premises#LEASED}
 *                    (a lease without a known end counts as too short)
 */
public record HomeFacts(
        long careHomeId,
        Ownership ownership,
        LocalDate filedOn,
        int filedBeds,
        Premises premises,
        LocalDate leaseEndsOn) {

    public HomeFacts {
        Checks.required(ownership, "ownership");
        Checks.required(premises, "premises");
        if (filedBeds < 0) {
            throw Checks.invalid("filedBeds", "Filed beds must not be negative, was " + filedBeds, filedBeds);
        }
        if (premises != Premises.LEASED && leaseEndsOn != null) {
            throw Checks.invalid("leaseEndsOn", "Only leased premises have a lease end date", leaseEndsOn);
        }
    }

    public boolean isFiled() {
        return filedOn != null;
    }

    /** Filed on or before that day. */
    public boolean isFiledBy(LocalDate day) {
        return filedOn != null && !filedOn.isAfter(day);
    }
}
