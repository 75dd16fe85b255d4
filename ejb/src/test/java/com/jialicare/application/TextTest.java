package com.jialicare.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.shared.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Text: free text is trimmed, bounded, and shows as what it is")
class TextTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "张三",
                "阿卜杜·热合曼",
                "Zhang San",
                "O'Brien-Smith",
                "幸福里 3 号",
                "😀 emoji, a pair",
                "𠀀 beyond the first plane",
                "العربية",
                "Ünïcödé"
            })
    @DisplayName("ordinary names and text in any script pass unchanged")
    void accepted(String text) {
        assertThat(Text.required(text, "name", 100)).isEqualTo(text);
    }

    @Test
    @DisplayName("surrounding white space is trimmed; blank is missing")
    void trimmed() {
        assertThat(Text.optional("  李四 ", "name", 100)).isEqualTo("李四");
        assertThat(Text.optional("   ", "name", 100)).isNull();
        assertThatThrownBy(() -> Text.required(" ", "name", 100))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("FIELD_REQUIRED"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "D800 | a lone high surrogate",
                "DBFF | another lone high surrogate",
                "DC00 | a lone low surrogate",
                "FFFD | the replacement character a decoder leaves for bytes that were no text",
                "202E | RIGHT-TO-LEFT OVERRIDE",
                "202A | LEFT-TO-RIGHT EMBEDDING",
                "202B | RIGHT-TO-LEFT EMBEDDING",
                "202C | POP DIRECTIONAL FORMATTING",
                "202D | LEFT-TO-RIGHT OVERRIDE",
                "2066 | LEFT-TO-RIGHT ISOLATE",
                "2067 | RIGHT-TO-LEFT ISOLATE",
                "2068 | FIRST STRONG ISOLATE",
                "2069 | POP DIRECTIONAL ISOLATE",
                "200E | LEFT-TO-RIGHT MARK",
                "200F | RIGHT-TO-LEFT MARK",
                "061C | ARABIC LETTER MARK",
                "200B | ZERO WIDTH SPACE",
                "200C | ZERO WIDTH NON-JOINER",
                "200D | ZERO WIDTH JOINER",
                "2060 | WORD JOINER",
                "FEFF | ZERO WIDTH NO-BREAK SPACE (byte-order mark)",
                "00AD | SOFT HYPHEN"
            })
    @DisplayName("a lone surrogate, U+FFFD, a direction control or an invisible character is INVALID_TEXT")
    void invalidText(String hex, String what) {
        String text = "张" + (char) Integer.parseInt(hex, 16) + "三";
        assertThatThrownBy(() -> Text.required(text, "name", 100))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_TEXT");
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
                });
    }

    @Test
    @DisplayName("an invisible tag character beyond the first plane is INVALID_TEXT too")
    void invisibleSupplementary() {
        String tag = new String(Character.toChars(0xE0041));
        assertThatThrownBy(() -> Text.required("张" + tag + "三", "name", 100))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("INVALID_TEXT"));
    }

    @Test
    @DisplayName("a surrogate at the very end, its partner missing, is INVALID_TEXT")
    void surrogateAtEnd() {
        assertThatThrownBy(() -> Text.optional("张三\uD83D", "comment", 100))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("INVALID_TEXT"));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0009", "000A", "000D", "001B", "007F", "0085", "009F", "2028", "2029"})
    @DisplayName("control characters and line separators are FIELD_CONTROL_CHARACTERS")
    void controlCharacters(String hex) {
        String text = "a" + (char) Integer.parseInt(hex, 16) + "b";
        assertThatThrownBy(() -> Text.required(text, "reason", 100))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("FIELD_CONTROL_CHARACTERS");
                    assertThat(e.field()).isEqualTo("reason");
                });
    }

    @Test
    @DisplayName("longer than the column is FIELD_TOO_LONG")
    void tooLong() {
        assertThatThrownBy(() -> Text.required("长".repeat(101), "name", 100))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("FIELD_TOO_LONG"));
    }
}
