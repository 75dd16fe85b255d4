package com.jialicare.domain.model.adjustment;

import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.FrozenLine;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What a claimed line is counted under (RULES.md §8.4): a resident-month of a stay, or a bed. A bed's
 * hold-period recovery (§8.6) is a key of its own ({@link #holdPeriod}), so that what was paid for the bed and
 * what its retirement within the hold period takes back are never netted against each other.
 */
public record LineKey(ApplicationKind kind, Long stayId, YearMonth month, Long bedId, boolean hold) {

    public LineKey {
        Objects.requireNonNull(kind, "kind");
        if (kind == ApplicationKind.OPERATING) {
            if (stayId == null || month == null || bedId != null || hold) {
                throw new IllegalArgumentException("An operating key is a stay and a month");
            }
        } else if (bedId == null || stayId != null || month != null) {
            throw new IllegalArgumentException("A construction key is a bed");
        }
    }

    public static LineKey month(long stayId, YearMonth month) {
        return new LineKey(ApplicationKind.OPERATING, stayId, month, null, false);
    }

    public static LineKey bed(long bedId) {
        return new LineKey(ApplicationKind.CONSTRUCTION, null, null, bedId, false);
    }

    /** The recovery of a paid bed retired, or whose home closed or became ineligible, within the hold period. */
    public static LineKey holdPeriod(long bedId) {
        return new LineKey(ApplicationKind.CONSTRUCTION, null, null, bedId, true);
    }

    /** The key of a frozen line (a bed line or a resident-month line). */
    public static LineKey of(FrozenLine line) {
        if (line.getBedId() != null) {
            return bed(line.getBedId());
        }
        return month(line.getStayId(), YearMonth.from(line.getMonth()));
    }

    @Override
    public String toString() {
        return kind == ApplicationKind.OPERATING
                ? "stay " + stayId + " " + month
                : (hold ? "hold period of bed " : "bed ") + bedId;
    }
}
