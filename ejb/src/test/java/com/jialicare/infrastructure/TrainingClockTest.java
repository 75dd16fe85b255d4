package com.jialicare.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TrainingClock: the server's date, moved forward only, and only on a demo or training server")
class TrainingClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), SHANGHAI);

    @Test
    @DisplayName("it runs as the system's clock until advanced; then whole days ahead, in every zone")
    void advances() {
        TrainingClock clock = new TrainingClock(FIXED, true);
        assertThat(clock.instant()).isEqualTo(FIXED.instant());
        assertThat(clock.advance(8)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(LocalDate.now(clock.withZone(ZoneId.of("UTC")))).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(clock.advance(1)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(clock.offsetDays()).isEqualTo(9);
    }

    @Test
    @DisplayName("forward only: 0 or fewer days are refused and change nothing")
    void forwardOnly() {
        TrainingClock clock = new TrainingClock(FIXED, true);
        assertThatThrownBy(() -> clock.advance(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advance(-3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    @DisplayName("a production server's clock cannot be advanced")
    void productionCannotAdvance() {
        TrainingClock clock = new TrainingClock(FIXED, false);
        assertThatThrownBy(() -> clock.advance(8)).isInstanceOf(IllegalStateException.class);
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    @DisplayName("production configuration keeps it off: neither JIALI_DEMO nor JIALI_TRAINING_CLOCK set")
    void offUnlessConfigured() {
        String demo = System.getProperty("jiali.demo");
        String training = System.getProperty("jiali.training.clock");
        try {
            System.clearProperty("jiali.demo");
            System.clearProperty("jiali.training.clock");
            org.junit.jupiter.api.Assumptions.assumeTrue(
                    System.getenv("JIALI_DEMO") == null && System.getenv("JIALI_TRAINING_CLOCK") == null,
                    "the environment sets the flags");
            assertThat(AppConfig.trainingClock()).isFalse();
            System.setProperty("jiali.training.clock", "true");
            assertThat(AppConfig.trainingClock()).isTrue();
            System.clearProperty("jiali.training.clock");
            System.setProperty("jiali.demo", "true");
            assertThat(AppConfig.trainingClock()).isTrue();
        } finally {
            restore("jiali.demo", demo);
            restore("jiali.training.clock", training);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
