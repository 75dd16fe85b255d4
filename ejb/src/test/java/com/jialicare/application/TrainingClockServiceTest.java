package com.jialicare.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.infrastructure.TrainingClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TrainingClockService: GET/POST /api/demo/clock")
class TrainingClockServiceTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static TrainingClockService service(boolean advanceable) throws Exception {
        TrainingClockService s = new TrainingClockService();
        var f = TrainingClockService.class.getDeclaredField("clock");
        f.setAccessible(true);
        f.set(s, new TrainingClock(FIXED, advanceable));
        return s; // no caller: only reached on a training server, where it answers 401
    }

    @Test
    @DisplayName("on a production server both answer 404 NOT_FOUND, before anything else is looked at")
    void notFoundInProduction() throws Exception {
        TrainingClockService s = service(false);
        assertThatThrownBy(s::today)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> s.advance(8))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
    }
}
