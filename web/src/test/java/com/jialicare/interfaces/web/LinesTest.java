package com.jialicare.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LinesTest {

    private static LineRow month(int no, boolean eligible, String amount, String reason) {
        return new LineRow(
                no,
                null,
                null,
                null,
                7L,
                "王秀英",
                9L,
                YearMonth.of(2024, no),
                30,
                2,
                eligible,
                new BigDecimal(amount),
                reason,
                1);
    }

    private final Lines lines = Lines.summed(List.of(
            month(5, false, "0.00", "STAY_UNDER_SIX_MONTHS"),
            month(6, true, "200.00", null),
            month(7, false, "0.00", "TOO_FEW_DAYS_PRESENT"),
            month(8, true, "220.00", null)));

    @Test
    @DisplayName("the total is the sum of the eligible lines; counts of eligible and excluded")
    void figures() {
        assertThat(lines.getTotal()).isEqualTo(new BigDecimal("420.00"));
        assertThat(lines.getEligibleCount()).isEqualTo(2);
        assertThat(lines.getExcludedCount()).isEqualTo(2);
        assertThat(lines.isBeds()).isFalse();
    }

    @Test
    @DisplayName("filters: eligible or excluded, and by reason; the shown sum follows")
    void filters() {
        lines.setEligibleFilter(Lines.ELIGIBLE);
        assertThat(lines.getShown()).extracting(LineRow::lineNo).containsExactly(6, 8);
        assertThat(lines.getShownTotal()).isEqualTo(new BigDecimal("420.00"));

        lines.setEligibleFilter(Lines.EXCLUDED);
        lines.setReasonFilter("TOO_FEW_DAYS_PRESENT");
        assertThat(lines.getShown()).extracting(LineRow::lineNo).containsExactly(7);
        assertThat(lines.getShownTotal()).isEqualTo(new BigDecimal("0.00"));

        lines.setEligibleFilter(null);
        lines.setReasonFilter("");
        assertThat(lines.getShownCount()).isEqualTo(4);
    }

    @Test
    @DisplayName("the reason filter offers the reasons present, in the order of the rules")
    void reasons() {
        assertThat(lines.getReasonCodes()).containsExactly("STAY_UNDER_SIX_MONTHS", "TOO_FEW_DAYS_PRESENT");
    }
}
