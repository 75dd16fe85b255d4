package com.jialicare.application;

import com.jialicare.infrastructure.AppConfig;
import com.jialicare.infrastructure.TrainingClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * What kind of server this is, as the adapters show and apply it: a demo server (the demo city and its
 * accounts), whether its training clock has been moved forward (every page then says so), and how many failed
 * logins a client may make a minute. Read from the environment at start-up (README, Configuration).
 */
@ApplicationScoped
public class ServerMode {

    private final boolean demo = AppConfig.demoMode();

    @Inject
    private TrainingClock clock;

    public boolean isDemo() {
        return demo;
    }

    /** Whether the training clock runs ahead of the real date. */
    public boolean isClockAdvanced() {
        return clock.offsetDays() > 0;
    }

    /** The date in use. */
    public LocalDate today() {
        return clock.today();
    }

    /** {@code JIALI_LOGIN_FAILURES_PER_MINUTE}: failed logins one client may make a minute before it must wait. */
    public static int loginFailuresPerMinute() {
        return AppConfig.loginFailuresPerMinute();
    }
}
