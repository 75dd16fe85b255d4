package com.jialicare.application;

import com.jialicare.domain.service.Residency;
import java.time.Clock;
import java.time.LocalDate;

/** The registry's date rule (RULES.md §2.6, {@link Residency#notFuture}) on the server's clock. */
final class Dates {

    private Dates() {}

    static LocalDate required(LocalDate date, String field) {
        return Residency.required(date, field);
    }

    static LocalDate notFuture(LocalDate date, String field, Clock clock) {
        return Residency.notFuture(date, field, LocalDate.now(clock));
    }
}
