package com.jialicare.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("JsonGuard: a request body is checked in one linear pass before it is bound")
class JsonGuardTest {

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(
            strings = {
                "{}",
                "[]",
                "{\"a\": 1}",
                " {\"residentId\": 42, \"bedId\": 7} \r\n",
                "\uFEFF{\"a\": 1}",
                "{\"rate\": 11000.00, \"x\": -0.5, \"y\": 1e5, \"z\": 2.5E-3, \"w\": 0}",
                "{\"ids\": [1, 2, 3], \"o\": {\"p\": [true, false, null]}}",
                "{\"name\": \"张三 \\u5f20 \\ud83d\\ude00 😀 \\\" \\\\ \\/ \\b\\f\\n\\r\\t\"}",
                "{\"n\": 1234567890123456789012345678901234567890}",
                "\"text\"",
                "42",
                "null",
                ""
            })
    @DisplayName("well-formed JSON with short numbers passes (an empty body too: binding then says it is required)")
    void accepted(String body) {
        assertThatCode(() -> JsonGuard.check(body)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"n\": 12345678901234567890123456789012345678901} | INVALID_NUMBER | n",
                "{\"a\": 1, \"rate\": 1e1000000000, \"b\": 2}        | INVALID_NUMBER | rate",
                "{\"rate\": 1E+101}                                  | INVALID_NUMBER | rate",
                "{\"rate\": 1e-101}                                  | INVALID_NUMBER | rate",
                "{\"operatingMonthlyRates\": {\"0\": 1e999}}         | INVALID_NUMBER | operatingMonthlyRates",
                "{\"residentIds\": [1, 2, 1e999]}                    | INVALID_NUMBER | residentIds",
                "{\"name\": \"\\ud800\"}                             | INVALID_TEXT   | name",
                "{\"name\": \"a\\udc00b\"}                           | INVALID_TEXT   | name",
                "{\"name\": \"\\ud800\\u0041\"}                      | INVALID_TEXT   | name",
                "{\"name\": \"x\"} xyz                               | MALFORMED_REQUEST |",
                "{\"name\": \"x\"}{\"name\": \"y\"}                  | MALFORMED_REQUEST |",
                "[1] 2                                               | MALFORMED_REQUEST |",
                "{\"name\": \"x\"                                    | MALFORMED_REQUEST |",
                "{\"a\": 01}                                         | MALFORMED_REQUEST |",
                "{\"a\": 1.}                                         | MALFORMED_REQUEST |",
                "{\"a\": .5}                                         | MALFORMED_REQUEST |",
                "{\"a\": 1e}                                         | MALFORMED_REQUEST |",
                "{\"a\": +1}                                         | MALFORMED_REQUEST |",
                "{\"a\": NaN}                                        | MALFORMED_REQUEST |",
                "{\"a\": tru}                                        | MALFORMED_REQUEST |",
                "{\"a\": \"\\x\"}                                    | MALFORMED_REQUEST |",
                "{\"a\": \"\\u12G4\"}                                | MALFORMED_REQUEST |",
                "{a: 1}                                              | MALFORMED_REQUEST |",
                "{\"a\": 1,}                                         | MALFORMED_REQUEST |",
                "{\"a\" 1}                                           | MALFORMED_REQUEST |",
                "[1, 2                                               | MALFORMED_REQUEST |",
                "not json at all                                     | MALFORMED_REQUEST |"
            })
    @DisplayName("long numbers, huge exponents, lone surrogates, trailing content and broken JSON are refused")
    void refused(String body, String code, String field) {
        assertThatThrownBy(() -> JsonGuard.check(body)).isInstanceOfSatisfying(JsonGuard.Rejected.class, r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.code()).isEqualTo(code);
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.getMessage()).isNotBlank();
        });
    }

    @Test
    @DisplayName("a raw control character inside a string is refused (JSON requires an escape)")
    void rawControlCharacter() {
        assertThatThrownBy(() -> JsonGuard.check("{\"a\": \"x\u0001y\"}"))
                .isInstanceOfSatisfying(
                        JsonGuard.Rejected.class, r -> assertThat(r.code()).isEqualTo("MALFORMED_REQUEST"));
    }

    @Test
    @DisplayName("nesting beyond 32 levels is refused, without a deep recursion")
    void deepNesting() {
        assertThatCode(() -> JsonGuard.check("[".repeat(32) + "]".repeat(32))).doesNotThrowAnyException();
        assertThatThrownBy(() -> JsonGuard.check("[".repeat(33) + "]".repeat(33)))
                .isInstanceOfSatisfying(
                        JsonGuard.Rejected.class, r -> assertThat(r.code()).isEqualTo("MALFORMED_REQUEST"));
        assertThatThrownBy(() -> JsonGuard.check("[".repeat(1_000_000)))
                .isInstanceOfSatisfying(
                        JsonGuard.Rejected.class, r -> assertThat(r.code()).isEqualTo("MALFORMED_REQUEST"));
    }

    @Test
    @DisplayName("1 followed by a million zeros is refused at once, naming the field")
    void millionZeros() {
        String body = "{\"residentId\": 1" + "0".repeat(1_000_000) + ", \"bedId\": 1}";
        long start = System.nanoTime();
        assertThatThrownBy(() -> JsonGuard.check(body)).isInstanceOfSatisfying(JsonGuard.Rejected.class, r -> {
            assertThat(r.code()).isEqualTo("INVALID_NUMBER");
            assertThat(r.field()).isEqualTo("residentId");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    @DisplayName("a body cut at the size limit: a fault within it is named, otherwise it is 413")
    void truncated() {
        assertThatThrownBy(() -> JsonGuard.check("{\"name\": \"aaaa", true, 14))
                .isInstanceOfSatisfying(JsonGuard.Rejected.class, r -> {
                    assertThat(r.status()).isEqualTo(413);
                    assertThat(r.code()).isEqualTo("BODY_TOO_LARGE");
                });
        assertThatThrownBy(() -> JsonGuard.check("{\"id\": 1" + "0".repeat(60), true, 68))
                .isInstanceOfSatisfying(
                        JsonGuard.Rejected.class, r -> assertThat(r.code()).isEqualTo("INVALID_NUMBER"));
        assertThatThrownBy(() -> JsonGuard.check("{\"id\": 12", true, 9))
                .isInstanceOfSatisfying(
                        JsonGuard.Rejected.class, r -> assertThat(r.status()).isEqualTo(413));
    }

    @Test
    @DisplayName("bytes that are not UTF-8 are refused as INVALID_TEXT, not turned into U+FFFD")
    void invalidUtf8() {
        byte[] body = {'{', '"', 'n', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'};
        assertThatThrownBy(() -> JsonBodyGuard.decode(body, false, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(
                        JsonGuard.Rejected.class, r -> assertThat(r.code()).isEqualTo("INVALID_TEXT"));
        byte[] cesuSurrogate = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
        assertThatThrownBy(() -> JsonBodyGuard.decode(cesuSurrogate, false, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(
                        JsonGuard.Rejected.class, r -> assertThat(r.code()).isEqualTo("INVALID_TEXT"));
        assertThat(JsonBodyGuard.decode(
                                "{\"n\": \"张三\"}".getBytes(StandardCharsets.UTF_8), false, StandardCharsets.UTF_8)
                        .toString())
                .isEqualTo("{\"n\": \"张三\"}");
    }

    @Test
    @DisplayName("a body cut inside a multi-byte character still decodes up to the character before")
    void truncatedInsideCharacter() {
        byte[] full = ("\"a" + "张".repeat(400_000)).getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, JsonBodyGuard.MAX_BODY_BYTES + 1); // ends inside a 张
        assertThat(JsonBodyGuard.decode(cut, true, StandardCharsets.UTF_8).toString())
                .startsWith("\"a张")
                .endsWith("张");
    }
}
