package com.jialicare.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.shared.BusinessException;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Params: numbers are bounded on their size before any arithmetic")
class ParamsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e1000000000", "1e-1000000000", "-1e1000000000", "99999999999999999999", "3.5", "0", "-1"})
    @DisplayName("an id that is no positive long is INVALID_NUMBER, at once")
    @Timeout(5)
    void badIds(String number) {
        assertThatThrownBy(() -> Params.id(new BigDecimal(number), "residentId"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_NUMBER");
                    assertThat(e.field()).isEqualTo("residentId");
                });
    }

    @Test
    @DisplayName("1 followed by a hundred thousand zeros is refused without stripping them one by one")
    @Timeout(5)
    void longNumber() {
        BigDecimal huge = new BigDecimal("1" + "0".repeat(100_000));
        assertThatThrownBy(() -> Params.id(huge, "bedId")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> Params.money(huge, "amount")).isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("whole numbers written with a fraction of zeros are whole")
    void wholeWithZeros() {
        assertThat(Params.id(new BigDecimal("42.000"), "id")).isEqualTo(42L);
        assertThat(Params.id(new BigDecimal("4.2e1"), "id")).isEqualTo(42L);
        assertThat(Params.integer(new BigDecimal("-3"), "n", -5, 5)).isEqualTo(-3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "11000", "11000.5", "11000.50", "11000.500", "999999999999.99", "1.2e3"})
    @DisplayName("an amount of at most 12 digits and 2 decimals is money, at scale 2")
    void money(String amount) {
        assertThat(Params.money(new BigDecimal(amount), "amount"))
                .isEqualByComparingTo(amount)
                .hasScaleOf(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1000000000000", "100.005", "1e1000000000", "1e-1000000000", "0.001"})
    @DisplayName("any other amount is INVALID_AMOUNT")
    @Timeout(5)
    void badMoney(String amount) {
        assertThatThrownBy(() -> Params.money(new BigDecimal(amount), "amount"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_AMOUNT");
                    assertThat(e.field()).isEqualTo("amount");
                });
        assertThatThrownBy(() -> Params.money("lots", "amount")).isInstanceOf(BusinessException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2147483648", "1000000000000000000000000", "abc", "1.5", "-"})
    @DisplayName("a query number beyond int, or no number, is INVALID_NUMBER")
    void badQueryInt(String raw) {
        assertThatThrownBy(() -> Params.queryInt(raw, "page", 0))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("INVALID_NUMBER"));
    }

    @Test
    @DisplayName("the largest int is read as such (Page then refuses it as a page)")
    void largestInt() {
        assertThat(Params.queryInt("2147483647", "page", 0)).isEqualTo(Integer.MAX_VALUE);
    }
}
