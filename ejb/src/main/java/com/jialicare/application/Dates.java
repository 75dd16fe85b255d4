package com.jialicare.application;

import com.jialicare.domain.model.shared.BusinessException;
import java.time.Clock;
import java.time.LocalDate;

/** Date rules shared by the registry's use cases: nothing is dated after today (Asia/Shanghai). */
final class Dates {

    private Dates() {
    }

    static LocalDate required(LocalDate date, String field) {
        if (date == null) {
            throw BusinessException.invalid("DATE_REQUIRED", field, field + " is required (YYYY-MM-DD)");
        }
        return date;
    }

    static LocalDate notFuture(LocalDate date, String field, Clock clock) {
        required(date, field);
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw BusinessException.invalid("DATE_IN_FUTURE", field,
                    field + " " + date + " is after today (" + today + ")", date, today);
        }
        if (date.getYear() < 1900) {
            throw BusinessException.invalid("DATE_TOO_EARLY", field, field + " " + date + " is before 1900", date);
        }
        return date;
    }
}
