package com.jialicare.interfaces.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.interfaces.shared.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The language switch: the page's own address again, without the lang parameter")
class LanguageSwitchTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "NULL, ''",
                "lang=en, ''",
                "id=7&lang=en, ?id=7",
                "lang=zh&id=7&from=2025-01, ?id=7&from=2025-01",
                "language=x&lang, ?language=x"
            })
    @DisplayName("the query without lang")
    void withoutLanguage(String query, String expected) {
        assertThat(LanguageSwitch.withoutLanguage(query)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {"zh, zh", "en, en", "fr, NULL", "EN, NULL", "NULL, NULL"})
    @DisplayName("only zh and en are languages")
    void valid(String tag, String expected) {
        assertThat(Language.valid(tag)).isEqualTo(expected);
    }
}
