package com.jialicare.it.support;

import static com.jialicare.it.support.ApiClient.object;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The test server's date. Its training clock ({@code JIALI_TRAINING_CLOCK=true}, API.md "Demo and training
 * only") only moves forward, and all test classes share the server: a test that gets past a public notice
 * moves "today" on for every test after it. So a test that needs today (a notice starting today, a date
 * just after today) asks the server rather than the machine.
 */
public final class ServerClock {

    private ServerClock() {}

    /** {@code GET /api/demo/clock}: the date the server uses. */
    public static LocalDate today(ApiClient admin) {
        var r = admin.get("api/demo/clock");
        if (r.status() != 200) {
            throw new IllegalStateException("The test server has no training clock (JIALI_TRAINING_CLOCK=true?): " + r);
        }
        return LocalDate.parse(r.json().getString("today"));
    }

    /** Moves the server's date forward to {@code day}, unless it is there already; answers the date in use. */
    public static LocalDate advanceTo(ApiClient admin, LocalDate day) {
        LocalDate today = today(admin);
        long days = ChronoUnit.DAYS.between(today, day);
        if (days < 1) {
            return today;
        }
        var r = admin.post("api/demo/clock", object().add("advanceDays", days).build());
        if (r.status() != 200) {
            throw new IllegalStateException("Could not advance the clock by " + days + " days: " + r);
        }
        return LocalDate.parse(r.json().getString("today"));
    }
}
