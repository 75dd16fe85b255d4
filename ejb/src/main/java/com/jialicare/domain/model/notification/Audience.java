package com.jialicare.domain.model.notification;

import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;

/**
 * Who reads a notification about a home's application: its administrators ({@code HOME}), or the auditors who see
 * the home — the county's and the city's ({@code AUDITORS}). Nobody reads another home's notifications.
 */
public enum Audience {
    HOME,
    AUDITORS;

    /** Whether {@code caller} reads a notification of this audience about the home {@code careHomeId} in {@code countyCode}. */
    public boolean includes(Caller caller, long careHomeId, String countyCode) {
        return switch (this) {
            case HOME ->
                caller.role() == Role.HOME_ADMIN && caller.careHomeId() != null && caller.careHomeId() == careHomeId;
            case AUDITORS ->
                caller.role() == Role.CITY_AUDITOR
                        || (caller.role() == Role.COUNTY_AUDITOR
                                && caller.countyCode().equals(countyCode));
        };
    }
}
