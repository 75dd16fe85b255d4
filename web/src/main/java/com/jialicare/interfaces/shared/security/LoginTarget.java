package com.jialicare.interfaces.shared.security;

import com.jialicare.domain.model.shared.Role;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a login leads when the user had asked for a page before logging in ({@code /login.xhtml?next=…}): only a
 * page of this application under {@code /app/}, given as a path relative to it, and only if the user's role may
 * open it; anything else (another site, {@code //host}, {@code ..}, a scheme, a backslash, a page of another role)
 * leads to the role's start page instead. No open redirect.
 */
public final class LoginTarget {

    /** A page under /app: name segments of letters, digits, '-', '_' and single dots, ending in .xhtml; a plain query. */
    private static final Pattern PAGE = Pattern.compile("/app/(?:[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*/)*"
            + "[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*\\.xhtml(?:\\?[A-Za-z0-9._~%&=+,:;!*@-]*)?");

    private static final int MAX_LENGTH = 1000;

    private static final Set<Role> AUDITORS = EnumSet.of(Role.COUNTY_AUDITOR, Role.CITY_AUDITOR);

    /**
     * The roles each area of /app is open to, as web.xml's security constraints say (LoginTargetTest compares
     * them); the first prefix that matches decides.
     */
    private static final Map<String, Set<Role>> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("/app/admin/", EnumSet.of(Role.ADMIN));
        AREAS.put("/app/care-home/", EnumSet.of(Role.HOME_ADMIN));
        AREAS.put("/app/audit/", AUDITORS);
        AREAS.put("/app/registry/", EnumSet.of(Role.ADMIN, Role.COUNTY_AUDITOR, Role.CITY_AUDITOR));
        AREAS.put("/app/family/", EnumSet.of(Role.FAMILY));
        AREAS.put("/app/account/", EnumSet.allOf(Role.class));
        AREAS.put("/app/history.xhtml", EnumSet.complementOf(EnumSet.of(Role.FAMILY)));
    }

    private LoginTarget() {}

    /** The page asked for, if it is a page of this application's /app area written as a safe relative path. */
    public static Optional<String> sanitize(String next) {
        if (next == null || next.length() > MAX_LENGTH || !PAGE.matcher(next).matches()) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    /** Whether {@code role} may open the page at {@code path} (a sanitized path). */
    public static boolean mayOpen(String path, Role role) {
        String page = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return AREAS.entrySet().stream()
                .filter(e -> e.getKey().endsWith("/") ? page.startsWith(e.getKey()) : page.equals(e.getKey()))
                .findFirst()
                .map(e -> e.getValue().contains(role))
                .orElse(false);
    }

    /** The page to open after the login of {@code role}: the one asked for if safe and allowed, else {@code start}. */
    public static String after(String next, Role role, String start) {
        return sanitize(next).filter(p -> mayOpen(p, role)).orElse(start);
    }

    /** The areas and their roles, for the test that compares them with web.xml. */
    static Map<String, Set<Role>> areas() {
        return Map.copyOf(AREAS);
    }
}
