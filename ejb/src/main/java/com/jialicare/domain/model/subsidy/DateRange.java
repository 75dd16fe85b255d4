package com.jialicare.domain.model.subsidy;

import com.jialicare.domain.model.shared.BusinessException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A half-open run of days {@code [from, until)}: {@code from} is the first day in, {@code until} the first
 * day out (the way absences and stays are recorded). Never empty.
 */
public record DateRange(LocalDate from, LocalDate until) {

    public DateRange {
        Checks.required(from, "from");
        Checks.required(until, "until");
        if (!until.isAfter(from)) {
            throw BusinessException.invalid(
                    "INVALID_DATE_RANGE",
                    "until",
                    "The end (" + until + ", exclusive) must be after the start (" + from + ")",
                    from,
                    until);
        }
    }

    /** The calendar month as a range: its first day to the first day of the next month. */
    public static DateRange of(YearMonth month) {
        return new DateRange(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /** Number of days in the range. */
    public long days() {
        return until.toEpochDay() - from.toEpochDay();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(until);
    }

    /** Days in both ranges. */
    public long overlapDays(DateRange other) {
        return overlapDays(other.from, other.until);
    }

    /**
     * Days this range shares with {@code [otherFrom, otherUntil)}; a {@code null} end is open.
     */
    public long overlapDays(LocalDate otherFrom, LocalDate otherUntil) {
        long start = Math.max(from.toEpochDay(), otherFrom.toEpochDay());
        long end = otherUntil == null ? until.toEpochDay() : Math.min(until.toEpochDay(), otherUntil.toEpochDay());
        return Math.max(0, end - start);
    }

    public boolean overlaps(DateRange other) {
        return overlapDays(other) > 0;
    }
}
