package com.jialicare.application;

import com.jialicare.application.security.CurrentCaller;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.infrastructure.TrainingClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The training clock (API.md, "Demo and training only"): on a demo or training server the administrator
 * moves the server's date forward, never back, to get past a public notice without backdating it. On any
 * other server it does not exist: 404, whoever asks.
 */
@Stateless
public class TrainingClockService {

    @Inject
    private CurrentCaller callers;

    @Inject
    private TrainingClock clock;

    /** The date in use. */
    public LocalDate today() {
        available();
        return clock.today();
    }

    /** Moves the date {@code days} (at least 1) forward and answers the new date. */
    public LocalDate advance(Integer days) {
        available();
        if (days == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", "advanceDays", "advanceDays is required");
        }
        if (days < 1) {
            throw BusinessException.invalid(
                    "CLOCK_FORWARD_ONLY",
                    "advanceDays",
                    "The clock moves forward only: advanceDays must be at least 1",
                    days);
        }
        return clock.advance(days);
    }

    /** 404 on a production server (as for a path that does not exist), then 401/403 unless an administrator. */
    private void available() {
        if (!clock.isAdvanceable()) {
            throw BusinessException.notFound("NOT_FOUND", "Not found");
        }
        callers.get().require(Role.ADMIN);
    }
}
