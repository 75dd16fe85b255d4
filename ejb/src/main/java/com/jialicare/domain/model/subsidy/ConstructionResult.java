package com.jialicare.domain.model.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A home's construction subsidy as of a day: one line per bed commissioned on or before it, ordered by
 * commissioning day then bed code.
 *
 * @param policyVersion the version in force on {@code asOf}, whose conditions were applied
 */
public record ConstructionResult(LocalDate asOf, int policyVersion, List<ConstructionLine> lines) {

    public ConstructionResult {
        Checks.required(asOf, "asOf");
        lines = Checks.listCopy(lines, "lines");
    }

    /** The sum of the lines, scale 2. */
    public BigDecimal total() {
        BigDecimal total = Checks.ZERO;
        for (ConstructionLine line : lines) {
            total = total.add(line.amount());
        }
        return total;
    }

    public long eligibleBeds() {
        return lines.stream().filter(ConstructionLine::eligible).count();
    }
}
