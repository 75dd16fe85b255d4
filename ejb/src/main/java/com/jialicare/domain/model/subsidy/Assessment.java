package com.jialicare.domain.model.subsidy;

import com.jialicare.domain.model.shared.CapabilityLevel;
import java.time.LocalDate;

/** A capability assessment: the level holds from {@code effectiveOn} until the next assessment's day. */
public record Assessment(CapabilityLevel level, LocalDate effectiveOn) {

    public Assessment {
        Checks.required(level, "level");
        Checks.required(effectiveOn, "effectiveOn");
    }
}
