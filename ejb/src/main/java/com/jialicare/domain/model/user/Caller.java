package com.jialicare.domain.model.user;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import java.util.Arrays;
import java.util.Set;

/**
 * Who is calling and what they may see: the role and its scope (one care home, one county, the linked
 * residents, or everything). Services ask it before they read or change anything. A plain value of the
 * domain, so that the repositories can apply the same scope in their queries (infrastructure imports nothing of
 * the application layer).
 */
public record Caller(
        long userId,
        String username,
        Role role,
        Long careHomeId,
        String countyCode,
        Set<Long> residentIds,
        boolean mustChangePassword) {

    public Caller {
        residentIds = residentIds == null ? Set.of() : Set.copyOf(residentIds);
    }

    /** A caller free to work (no one-time password to change). */
    public Caller(long userId, String username, Role role, Long careHomeId, String countyCode, Set<Long> residentIds) {
        this(userId, username, role, careHomeId, countyCode, residentIds, false);
    }

    /**
     * 403 {@code PASSWORD_CHANGE_REQUIRED} while the caller logged in with a one-time password: nothing but
     * changing it (and asking who they are) is allowed until then.
     */
    public Caller requirePasswordChanged() {
        if (mustChangePassword) {
            throw BusinessException.forbidden(
                    "PASSWORD_CHANGE_REQUIRED", "Change the one-time password first (POST /api/me/password)");
        }
        return this;
    }

    public boolean is(Role... roles) {
        return Arrays.asList(roles).contains(role);
    }

    /** 403 unless the caller has one of these roles. */
    public void require(Role... roles) {
        if (!is(roles)) {
            throw BusinessException.forbidden(
                    "ROLE_NOT_ALLOWED", "This action is not open to role " + role, role.name());
        }
    }

    /**
     * Whether this caller reads whole ID numbers. A family member sees them masked ({@code 5111**********123X}),
     * and so nothing may give them the hidden digits back: not the birth date or age the number holds, not a
     * search that matches digits they cannot see.
     */
    public boolean seesWholeIdNumbers() {
        return role != Role.FAMILY;
    }

    /** Auditors and the administrator see the whole city, except county auditors who see their county. */
    public boolean seesCareHome(long homeId, String homeCountyCode) {
        return switch (role) {
            case ADMIN, CITY_AUDITOR -> true;
            case COUNTY_AUDITOR -> countyCode.equals(homeCountyCode);
            case HOME_ADMIN -> careHomeId != null && careHomeId == homeId;
            case FAMILY -> false;
        };
    }
}
