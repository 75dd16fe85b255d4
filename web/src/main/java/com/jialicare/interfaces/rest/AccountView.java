package com.jialicare.interfaces.rest;

import com.jialicare.application.UserService;
import java.util.List;

/**
 * An account as the administrator's actions answer it: its scope and state (enabled, locked, must change
 * its password); never the password hash.
 */
public record AccountView(
        long id,
        String username,
        String displayName,
        String role,
        Long careHomeId,
        String countyCode,
        List<Long> residentIds,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword) {

    static AccountView of(UserService.UserSummary u) {
        return new AccountView(
                u.id(),
                u.username(),
                u.displayName(),
                u.role().name(),
                u.careHomeId(),
                u.countyCode(),
                u.residentIds(),
                u.enabled(),
                u.locked(),
                u.mustChangePassword());
    }
}
