package com.jialicare.domain.model.subsidy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A home's operating subsidy for the months {@code from} to {@code to}, inclusive: one line per
 * resident-month, ordered by month, then resident, then stay.
 */
public record OperatingResult(YearMonth from, YearMonth to, List<OperatingLine> lines) {

    public OperatingResult {
        Checks.required(from, "from");
        Checks.required(to, "to");
        lines = Checks.listCopy(lines, "lines");
    }

    /** The sum of the lines, scale 2. */
    public BigDecimal total() {
        BigDecimal total = Checks.ZERO;
        for (OperatingLine line : lines) {
            total = total.add(line.amount());
        }
        return total;
    }

    public long eligibleMonths() {
        long n = 0;
        for (OperatingLine line : lines) {
            if (line.eligible()) {
                n++;
            }
        }
        return n;
    }
}
