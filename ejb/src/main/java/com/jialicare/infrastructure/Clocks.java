package com.jialicare.infrastructure;

import com.jialicare.domain.model.shared.CityTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of "now": calendar dates are those of Asia/Shanghai, whatever the server's zone. It is a
 * {@link TrainingClock}, which a demo or training server (and only such a server) may move forward.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId ZONE = CityTime.ZONE;

    private final TrainingClock clock = new TrainingClock(Clock.system(ZONE), AppConfig.trainingClock());

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    /** The same clock, for the demo clock's endpoint and banner; dependent, as it is this one instance. */
    @Produces
    @Typed(TrainingClock.class)
    TrainingClock trainingClock() {
        return clock;
    }
}
