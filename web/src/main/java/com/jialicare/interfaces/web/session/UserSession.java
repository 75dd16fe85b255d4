package com.jialicare.interfaces.web.session;

import com.jialicare.application.UserService;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.interfaces.web.Formats;
import com.jialicare.interfaces.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is logged in, for the layout and navigation (looked up once per request). */
@Named
@RequestScoped
public class UserSession {

    @Inject
    private UserService users;

    @Inject
    private Formats formats;

    private Caller caller;
    private boolean resolved;

    public Caller getCaller() {
        if (!resolved) {
            resolved = true;
            caller = users.findMe().orElse(null);
        }
        return caller;
    }

    public boolean isLoggedIn() {
        return getCaller() != null;
    }

    public String getUsername() {
        return isLoggedIn() ? caller.username() : null;
    }

    public String getRole() {
        return isLoggedIn() ? caller.role().name() : null;
    }

    public boolean hasRole(String role) {
        return isLoggedIn() && caller.role().name().equals(role);
    }

    /** The care home of a care-home administrator; {@code null} for other roles. */
    public Long getCareHomeId() {
        return isLoggedIn() ? caller.careHomeId() : null;
    }

    /** The start page of the caller's role. */
    public String getHomePage() {
        return isLoggedIn() ? homePageOf(caller.role()) : "/login.xhtml";
    }

    public static String homePageOf(Role role) {
        return switch (role) {
            case ADMIN -> "/app/admin/index.xhtml";
            case HOME_ADMIN -> "/app/care-home/index.xhtml";
            case COUNTY_AUDITOR, CITY_AUDITOR -> "/app/audit/index.xhtml";
            case FAMILY -> "/app/family/index.xhtml";
        };
    }

    /**
     * The dashboard's name, in the navigation and on the page alike: a county auditor's is their county's ("County
     * dashboard: Shizhong District", 区县看板：市中区), the city auditor's the city's.
     */
    public String getDashboardTitle() {
        if (hasRole(Role.COUNTY_AUDITOR.name())) {
            return Messages.text("audit.dashboard.title.county", formats.county(caller.countyCode()));
        }
        return Messages.text("audit.dashboard.title");
    }
}
