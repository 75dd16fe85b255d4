package com.jialicare.domain.model.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExclusionReasonTest {

    @Test
    @DisplayName("The constants keep the order of the API's priority lists (construction and operating merged)")
    void order() {
        assertThat(ExclusionReason.values())
                .extracting(ExclusionReason::code)
                .containsExactly(
                        "HOME_NOT_ELIGIBLE",
                        "HOME_NOT_OPERATING_LONG_ENOUGH",
                        "LEASE_TOO_SHORT",
                        "COMMISSIONED_BEFORE_POLICY",
                        "BED_RETIRED",
                        "NOT_LOCAL_HUKOU",
                        "UNDER_AGE",
                        "STATE_SUPPORTED",
                        "STAY_UNDER_SIX_MONTHS",
                        "TOO_FEW_DAYS_PRESENT",
                        "ALREADY_CLAIMED",
                        "OVER_FILED_CAPACITY");
    }

    @Test
    @DisplayName("NOT_LOCAL_HUKOU reads \"户籍不在乐山\" in Chinese and \"Hukou is not in Leshan\" otherwise (§5)")
    void notLocalHukou() {
        ExclusionReason r = ExclusionReason.NOT_LOCAL_HUKOU;

        assertThat(r.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("户籍不在乐山");
        assertThat(r.reason(Locale.TRADITIONAL_CHINESE)).isEqualTo("户籍不在乐山");
        assertThat(r.reason(Locale.CHINESE)).isEqualTo("户籍不在乐山");
        assertThat(r.reason(Locale.ENGLISH)).isEqualTo("Hukou is not in Leshan");
        assertThat(r.reason(Locale.FRANCE)).isEqualTo("Hukou is not in Leshan");
        assertThat(r.reason(null)).isEqualTo("Hukou is not in Leshan");
    }

    @ParameterizedTest
    @EnumSource(ExclusionReason.class)
    @DisplayName("Every reason has a Chinese and a distinct English text, and its code is its name")
    void everyReasonReadable(ExclusionReason r) {
        assertThat(r.code()).isEqualTo(r.name());
        assertThat(r.reasonZh()).isNotBlank().isEqualTo(r.reason(Locale.CHINA)).matches(".*\\p{IsHan}.*");
        assertThat(r.reasonEn()).isNotBlank().isEqualTo(r.reason(Locale.US)).isNotEqualTo(r.reasonZh());
    }
}
