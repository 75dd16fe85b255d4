package com.jialicare.interfaces.web.session;

import com.jialicare.application.ServerMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether the server runs the demo city (the login page then lists the demo accounts), and whether its
 * training clock has been moved forward (every page then says so, with the date in use).
 */
@Named
@ApplicationScoped
public class DemoInfo {

    @Inject
    private ServerMode mode;

    public boolean isDemo() {
        return mode.isDemo();
    }

    public boolean isClockAdvanced() {
        return mode.isClockAdvanced();
    }

    /** The date in use, yyyy-MM-dd. */
    public String getToday() {
        return mode.today().toString();
    }
}
