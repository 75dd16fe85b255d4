package com.jialicare.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.shared.TooManyRequestsException;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ObjectionThrottle: anonymous objections are limited per address")
class ObjectionThrottleTest {

    private static final Instant T = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    @DisplayName("five objections to one application a day from one address, then 429 until the first is a day old")
    void perApplicationPerDay() {
        ObjectionThrottle throttle = new ObjectionThrottle();
        for (int i = 0; i < 5; i++) {
            throttle.acquire("10.0.0.1", 7, T.plusSeconds(61L * 60 * i)); // an hour apart: the minute limit stays out
        }
        assertThatThrownBy(() -> throttle.acquire("10.0.0.1", 7, T.plusSeconds(6 * 3600)))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.code()).isEqualTo("TOO_MANY_OBJECTIONS");
                    assertThat(e.retryAfterSeconds()).isEqualTo(18 * 3600);
                });
        // another application, another address: their own limits
        assertThatCode(() -> throttle.acquire("10.0.0.1", 8, T.plusSeconds(6 * 3600)))
                .doesNotThrowAnyException();
        assertThatCode(() -> throttle.acquire("10.0.0.2", 7, T.plusSeconds(6 * 3600)))
                .doesNotThrowAnyException();
        // a day after the first, one more
        assertThatCode(() -> throttle.acquire("10.0.0.1", 7, T.plusSeconds(24 * 3600 + 1)))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("ten objections a minute from one address, whatever the application; a refused attempt does not count")
    void perMinute() {
        ObjectionThrottle throttle = new ObjectionThrottle();
        for (int i = 0; i < 10; i++) {
            throttle.acquire("10.0.0.1", 100 + i, T.plusMillis(i));
        }
        assertThatThrownBy(() -> throttle.acquire("10.0.0.1", 200, T.plusSeconds(30)))
                .isInstanceOfSatisfying(
                        TooManyRequestsException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(30));
        assertThatCode(() -> throttle.acquire("10.0.0.1", 200, T.plusSeconds(61)))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a burst of 200 from one address gets five through")
    void burst() {
        ObjectionThrottle throttle = new ObjectionThrottle();
        int accepted = 0;
        for (int i = 0; i < 200; i++) {
            try {
                throttle.acquire("10.0.0.1", 7, T.plusMillis(28L * i));
                accepted++;
            } catch (TooManyRequestsException e) {
                // refused
            }
        }
        assertThat(accepted).isEqualTo(5);
    }

    @Test
    @DisplayName("the memory is bounded: the windows of the least recently seen addresses are forgotten")
    void bounded() {
        ObjectionThrottle throttle = new ObjectionThrottle(5, 10, 100);
        for (int i = 0; i < 1000; i++) {
            throttle.acquire("10.0." + (i / 256) + "." + (i % 256), 7, T);
        }
        assertThat(throttle.size()).isLessThanOrEqualTo(100);
    }
}
