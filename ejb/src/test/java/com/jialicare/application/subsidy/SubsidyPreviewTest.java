package com.jialicare.application.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.application.subsidy.SubsidyPreview.HomeSubsidy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SubsidyPreviewTest {

    @Test
    @DisplayName("The grand total is the sum of the homes' totals, to the fen")
    void total() {
        SubsidyPreview p = SubsidyPreview.of(List.of(
                new HomeSubsidy(1, "甲", "511102", 3, new BigDecimal("750.00")),
                new HomeSubsidy(2, "乙", "511181", 0, new BigDecimal("0.00")),
                new HomeSubsidy(3, "丙", "511102", 1, new BigDecimal("150.50"))));

        assertThat(p.total()).isEqualTo(new BigDecimal("900.50"));
    }

    @Test
    @DisplayName("No homes in scope: total 0.00 and no rows")
    void empty() {
        SubsidyPreview p = SubsidyPreview.of(List.of());

        assertThat(p.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(p.homes()).isEmpty();
    }

    @Test
    @DisplayName("Per county: homes counted, eligible lines and totals summed, counties in code order")
    void byCounty() {
        SubsidyPreview p = SubsidyPreview.of(List.of(
                new HomeSubsidy(1, "甲", "511181", 3, new BigDecimal("750.00")),
                new HomeSubsidy(2, "乙", "511102", 0, new BigDecimal("0.00")),
                new HomeSubsidy(3, "丙", "511102", 1, new BigDecimal("150.50"))));

        assertThat(p.byCounty())
                .containsExactly(
                        new SubsidyPreview.CountySubsidy("511102", 2, 1, new BigDecimal("150.50")),
                        new SubsidyPreview.CountySubsidy("511181", 1, 3, new BigDecimal("750.00")));
    }
}
