package com.jialicare.interfaces.web.session;

import com.jialicare.infrastructure.AppConfig;
import com.jialicare.infrastructure.TrainingClock;
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

    private final boolean demo = AppConfig.demoMode();

    @Inject
    private TrainingClock clock;

    public boolean isDemo() {
        return demo;
    }

    public boolean isClockAdvanced() {
        return clock.offsetDays() > 0;
    }

    /** The date in use, yyyy-MM-dd. */
    public String getToday() {
        return clock.today().toString();
    }
}
