package com.jialicare.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.shared.BusinessException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FacesErrorsTest {

    private static final String BUNDLE = "com.jialicare.web.messages";
    private static final List<String> PREFIXES = List.of("app.", "audit.", "family.", "admin.policy.", "notice.");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    @Test
    @DisplayName("a refusal is shown by its code, in Chinese, with its arguments")
    void byCode() {
        var e = BusinessException.conflict("NOTICE_NOT_ENDED", null, "The public notice runs until 2024-06-07",
                LocalDate.of(2024, 6, 7));

        assertThat(FacesErrors.of(bundle(Locale.SIMPLIFIED_CHINESE), e)).isEqualTo("公示期至 2024-06-07，公示结束后才能审批。");
        assertThat(FacesErrors.of(bundle(Locale.ENGLISH), e)).isEqualTo("The public notice runs until 2024-06-07; approve after it ends.");
    }

    @Test
    @DisplayName("a code without a text falls back to the exception's own message")
    void fallback() {
        var e = BusinessException.invalid("SOMETHING_NEW", null, "Something new went wrong");

        assertThat(FacesErrors.of(bundle(Locale.SIMPLIFIED_CHINESE), e)).isEqualTo("Something new went wrong");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"WRONG_STATE", "NO_ELIGIBLE_LINES", "NOTICE_NOT_ENDED", "OBJECTIONS_PENDING",
            "FOUR_EYES_OWN_SUBMISSION", "FOUR_EYES_SAME_APPROVER", "AMOUNT_MISMATCH", "VOUCHER_USED", "REASON_REQUIRED",
            "NOT_UNDER_NOTICE", "NOTICE_NOT_FOUND", "OBJECTION_NOT_FOUND", "OBJECTION_ALREADY_DECIDED",
            "APPLICATION_NOT_FOUND", "INVALID_REVISION", "MONTH_NOT_ENDED", "INVALID_MONTH_RANGE", "MONTH_REQUIRED",
            "MONTH_RANGE_TOO_LARGE", "DATE_IN_FUTURE", "DATE_REQUIRED", "POLICY_NOT_AFTER_LATEST", "POLICY_INVALID",
            "NO_POLICY_IN_FORCE", "ROLE_NOT_ALLOWED", "FIELD_REQUIRED", "FIELD_TOO_LONG"})
    @DisplayName("every refusal the subsidy and review pages can meet has a Chinese and an English text")
    void translated(String code) {
        assertThat(bundle(Locale.SIMPLIFIED_CHINESE).getString("app.error." + code)).isNotBlank()
                .isNotEqualTo(bundle(Locale.ENGLISH).getString("app.error." + code));
    }

    @Test
    @DisplayName("the three bundles have the same keys of these pages, and every pattern survives MessageFormat")
    void bundlesInStep() throws IOException {
        Set<String> base = keys("messages.properties");
        assertThat(keys("messages_en.properties")).isEqualTo(base);
        assertThat(keys("messages_zh.properties")).isEqualTo(base);
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle b = bundle(locale);
            for (String key : base) {
                String pattern = b.getString(key);
                if (key.startsWith("app.error.") || pattern.contains("{")) {
                    // MessageFormat patterns: a lone apostrophe would vanish and quote the rest
                    assertThat(pattern.replace("''", "")).as(key + " has a lone apostrophe").doesNotContain("'");
                }
            }
        }
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FacesErrorsTest.class.getResourceAsStream("/com/jialicare/web/" + file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames().stream().filter(k -> PREFIXES.stream().anyMatch(k::startsWith))
                .collect(Collectors.toSet());
    }

    @Test
    @DisplayName("money has two decimals and a thousands separator")
    void money() {
        assertThat(Texts.yuan(new java.math.BigDecimal("11000"))).isEqualTo("¥11,000.00");
        assertThat(Texts.yuan(new java.math.BigDecimal("1750.5"))).isEqualTo("¥1,750.50");
        assertThat(Texts.yuan(null)).isEmpty();
    }
}
