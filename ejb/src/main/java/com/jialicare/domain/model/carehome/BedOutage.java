package com.jialicare.domain.model.carehome;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A past period a bed was out of service, {@code [from, until)}: retired on {@code from}, back in service from
 * {@code until} (docs/RULES.md §8.1, a dated change). Kept besides the bed's current retirement, so the days in
 * between stay out of service in its history. Immutable.
 */
@Embeddable
public class BedOutage implements java.io.Serializable {

    @Column(name = "from_day", nullable = false)
    private LocalDate fromDay;

    @Column(name = "until_day", nullable = false)
    private LocalDate untilDay;

    protected BedOutage() {
        // for JPA
    }

    public BedOutage(LocalDate from, LocalDate until) {
        if (from == null || until == null || !until.isAfter(from)) {
            throw new IllegalArgumentException("An outage ends after it begins: " + from + " to " + until);
        }
        this.fromDay = from;
        this.untilDay = until;
    }

    public LocalDate from() {
        return fromDay;
    }

    public LocalDate until() {
        return untilDay;
    }

    /** Whether the bed is out of service on {@code day} by this period. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(fromDay) && day.isBefore(untilDay);
    }

    /** Whether this period shares a day with {@code [start, end)}; {@code end} null: open-ended. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return untilDay.isAfter(start) && (end == null || fromDay.isBefore(end));
    }

    /** Whether one of {@code outages} covers the day. */
    public static boolean anyCovers(List<BedOutage> outages, LocalDate day) {
        for (BedOutage o : outages) {
            if (o.covers(day)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BedOutage other && fromDay.equals(other.fromDay) && untilDay.equals(other.untilDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fromDay, untilDay);
    }

    @Override
    public String toString() {
        return "[" + fromDay + ", " + untilDay + ")";
    }
}
