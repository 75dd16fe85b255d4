package com.jialicare.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    @DisplayName("money has two decimals and a thousands separator")
    void money() {
        assertThat(Formats.yuan(new BigDecimal("11000"))).isEqualTo("¥11,000.00");
        assertThat(Formats.yuan(new BigDecimal("1750.5"))).isEqualTo("¥1,750.50");
        assertThat(Formats.yuan(null)).isEmpty();
    }
}
