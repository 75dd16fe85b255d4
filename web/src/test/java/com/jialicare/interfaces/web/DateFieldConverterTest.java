package com.jialicare.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A date field takes only days and months that exist, and says so in the user's language")
class DateFieldConverterTest {

    @Test
    @DisplayName("a real day and a real month are read as typed, and written back the same way")
    void realDates() {
        assertThat(DateFieldConverter.parse("2024-02-29", "yyyy-MM-dd", LocalDate.class))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(DateFieldConverter.parse("2025-12-31", "yyyy-MM-dd", LocalDate.class))
                .isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(DateFieldConverter.parse("2025-03", "yyyy-MM", YearMonth.class))
                .isEqualTo(YearMonth.of(2025, 3));
        assertThat(DateFieldConverter.format(LocalDate.of(2025, 3, 1), "yyyy-MM-dd"))
                .isEqualTo("2025-03-01");
        assertThat(DateFieldConverter.format(YearMonth.of(2025, 3), "yyyy-MM")).isEqualTo("2025-03");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-1-1x", "abc"})
    @DisplayName("a day that does not exist is rejected, not moved to the nearest real one")
    void impossibleDays(String text) {
        assertThatThrownBy(() -> DateFieldConverter.parse(text, "yyyy-MM-dd", LocalDate.class))
                .isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "2025-00", "2025/03"})
    @DisplayName("a month that does not exist is rejected")
    void impossibleMonths(String text) {
        assertThatThrownBy(() -> DateFieldConverter.parse(text, "yyyy-MM", YearMonth.class))
                .isInstanceOf(DateTimeParseException.class);
    }

    @Test
    @DisplayName("the rejection names the field, the typed text and the expected form, in Chinese and in English")
    void message() throws IOException {
        assertThat(DateFieldConverter.message(bundle("_zh"), "入住日期", "2025-02-30", "yyyy-MM-dd"))
                .isEqualTo("入住日期：2025-02-30 不是有效的日期，请按 yyyy-MM-dd 填写，例如 2025-03-01。");
        assertThat(DateFieldConverter.message(bundle("_en"), "Admitted on", "2025-13-01", "yyyy-MM-dd"))
                .isEqualTo("Admitted on: 2025-13-01 is not a real date. Write it as yyyy-MM-dd, e.g. 2025-03-01.");
        assertThat(DateFieldConverter.message(bundle("_en"), null, "2025-13", "yyyy-MM"))
                .isEqualTo("2025-13 is not a real date. Write it as yyyy-MM, e.g. 2025-03.");
    }

    private static ResourceBundle bundle(String suffix) throws IOException {
        try (InputStream in = DateFieldConverterTest.class.getResourceAsStream(
                "/com/jialicare/web/messages" + suffix + ".properties")) {
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)) {
                @Override
                public Locale getLocale() {
                    return suffix.equals("_zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
                }
            };
        }
    }
}
