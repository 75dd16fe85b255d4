package com.jialicare.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A confirmation names what it acts on, written as the pages write it, in both languages")
class ConfirmTextTest {

    private static ResourceBundle bundle(String suffix, Locale locale) {
        try (InputStream in =
                ConfirmTextTest.class.getResourceAsStream("/com/jialicare/web/messages" + suffix + ".properties")) {
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)) {
                @Override
                public Locale getLocale() {
                    return locale;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("values: a day yyyy-MM-dd, a month yyyy-MM, money with a thousands separator, numbers ungrouped")
    void written() {
        assertThat(ConfirmText.written(LocalDate.of(2025, 2, 18))).isEqualTo("2025-02-18");
        assertThat(ConfirmText.written(YearMonth.of(2025, 1))).isEqualTo("2025-01");
        assertThat(ConfirmText.written(new BigDecimal("1234567.5"))).isEqualTo("¥1,234,567.50");
        assertThat(ConfirmText.written(12345L)).isEqualTo("12345");
        assertThat(ConfirmText.written(null)).isEmpty();
    }

    @Test
    @DisplayName("a discharge names the resident, the bed and the day (Chinese and English)")
    void discharge() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        assertThat(ConfirmText.of(bundle("_zh", Locale.CHINESE), "confirm.discharge", "王秀英", "A-101", day))
                .contains("王秀英", "A-101", "2025-03-01");
        assertThat(ConfirmText.of(bundle("_en", Locale.ENGLISH), "confirm.discharge", "Wang Xiuying", "A-101", day))
                .contains("Wang Xiuying", "A-101", "2025-03-01");
    }

    @ParameterizedTest(name = "messages{0}")
    @ValueSource(strings = {"", "_en", "_zh"})
    @DisplayName("a submission names the application, its period and its amount with thousands separators")
    void submission(String suffix) {
        String text = ConfirmText.of(
                bundle(suffix, suffix.equals("_zh") ? Locale.CHINESE : Locale.ENGLISH),
                "confirm.application.submit",
                10234L,
                "OPERATING",
                YearMonth.of(2025, 1) + " – " + YearMonth.of(2025, 3),
                new BigDecimal("12600"));
        assertThat(text).contains("10234", "2025-01 – 2025-03", "¥12,600.00").doesNotContain("10,234");
    }

    @ParameterizedTest(name = "messages{0}")
    @ValueSource(strings = {"", "_en", "_zh"})
    @DisplayName("every confirmation names its subject: each placeholder is filled")
    void everyPlaceholderFilled(String suffix) {
        ResourceBundle b = bundle(suffix, suffix.equals("_zh") ? Locale.CHINESE : Locale.ENGLISH);
        for (String key : b.keySet()) {
            if (key.startsWith("confirm.") && b.getString(key).contains("{0}")) {
                String text = ConfirmText.of(b, key, "P0", "P1", "P2", "P3");
                assertThat(text).as(key).contains("P0").doesNotContain("{");
            }
        }
    }
}
