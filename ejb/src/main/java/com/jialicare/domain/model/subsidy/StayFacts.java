package com.jialicare.domain.model.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A resident's stay in one care home (transfers between its beds keep the stay).
 *
 * @param admittedOn   first day in
 * @param dischargedOn first day away (exclusive); {@code null} while the stay is open
 * @param absences     recorded absences (hospital, home leave), each {@code [from, until)}; they may
 *                     overlap each other and reach past the stay: only days inside the stay count
 */
public record StayFacts(
        long stayId, long residentId, LocalDate admittedOn, LocalDate dischargedOn, List<DateRange> absences) {

    public StayFacts {
        Checks.required(admittedOn, "admittedOn");
        if (dischargedOn != null && dischargedOn.isBefore(admittedOn)) {
            throw Checks.invalid(
                    "dischargedOn",
                    "Discharge (" + dischargedOn + ") is before admission (" + admittedOn + ")",
                    dischargedOn,
                    admittedOn);
        }
        absences = Checks.listCopy(absences, "absences");
    }

    /** A stay without absences. */
    public StayFacts(long stayId, long residentId, LocalDate admittedOn, LocalDate dischargedOn) {
        this(stayId, residentId, admittedOn, dischargedOn, List.of());
    }

    /** Whether the resident is in the stay on that day (absences do not end a stay). */
    public boolean covers(LocalDate day) {
        return !day.isBefore(admittedOn) && (dischargedOn == null || day.isBefore(dischargedOn));
    }

    /** Whether the stay includes at least one day of the month. */
    public boolean coversAnyDayOf(YearMonth month) {
        // [admittedOn, dischargedOn) and the month share a day: the later start is before the earlier end.
        LocalDate start = admittedOn.isAfter(month.atDay(1)) ? admittedOn : month.atDay(1);
        LocalDate end = month.plusMonths(1).atDay(1);
        return start.isBefore(end) && (dischargedOn == null || start.isBefore(dischargedOn));
    }

    /** The last day of the month in the stay; only for a month the stay covers. */
    public LocalDate lastDayIn(YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        return dischargedOn == null || dischargedOn.isAfter(end) ? end : dischargedOn.minusDays(1);
    }
}
