package com.jialicare.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's clock: the system's, moved forward by whole days when the training clock is on (demo or
 * training servers only, see {@link AppConfig#trainingClock()}). The offset only grows, so time never runs
 * backwards for anything already recorded; a production server cannot advance it at all.
 */
public final class TrainingClock extends Clock {

    private final Clock base;
    private final boolean advanceable;
    private final AtomicLong offsetDays;

    public TrainingClock(Clock base, boolean advanceable) {
        this(base, advanceable, new AtomicLong());
    }

    private TrainingClock(Clock base, boolean advanceable, AtomicLong offsetDays) {
        this.base = base;
        this.advanceable = advanceable;
        this.offsetDays = offsetDays;
    }

    /** Whether {@link #advance} may be used: only on a demo or training server. */
    public boolean isAdvanceable() {
        return advanceable;
    }

    /** Days the clock runs ahead of the system's. */
    public long offsetDays() {
        return offsetDays.get();
    }

    /** The date in use, in Asia/Shanghai. */
    public LocalDate today() {
        return LocalDate.now(this);
    }

    /**
     * Moves the clock {@code days} days forward and answers the new date.
     *
     * @throws IllegalStateException on a production server
     * @throws IllegalArgumentException unless {@code days} is at least 1 (the clock never goes back)
     */
    public LocalDate advance(long days) {
        if (!advanceable) {
            throw new IllegalStateException("The training clock is off on this server");
        }
        if (days < 1) {
            throw new IllegalArgumentException("The clock moves forward only: advanceDays must be at least 1");
        }
        offsetDays.addAndGet(days);
        return today();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // shares the offset: a clock in another zone still stands on the same simulated day
        return new TrainingClock(base.withZone(zone), advanceable, offsetDays);
    }

    @Override
    public Instant instant() {
        long days = offsetDays.get();
        Instant now = base.instant();
        return days == 0 ? now : now.plus(Duration.ofDays(days));
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }
}
