package com.jialicare.interfaces.rest;

import com.jialicare.domain.model.shared.BusinessException;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Query parameters read strictly, so a bad one is a 400 naming it (not JAX-RS's bare 404), and the
 * language of readable reasons from {@code Accept-Language}.
 */
final class QueryParams {

    private QueryParams() {
    }

    /** A required day {@code YYYY-MM-DD}; a day that does not exist (2023-02-30) is invalid too. */
    static LocalDate date(String raw, String field) {
        try {
            return LocalDate.parse(required(raw, field));
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("INVALID_DATE", field,
                    field + " must be a date YYYY-MM-DD, was " + raw, raw);
        }
    }

    /** A required month {@code YYYY-MM}. */
    static YearMonth month(String raw, String field) {
        try {
            return YearMonth.parse(required(raw, field));
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("INVALID_MONTH", field,
                    field + " must be a month YYYY-MM, was " + raw, raw);
        }
    }

    /** An optional text parameter; blank counts as left out. */
    static String optional(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    private static String required(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw BusinessException.invalid("PARAMETER_REQUIRED", field, "Query parameter " + field + " is required");
        }
        return raw.trim();
    }

    /**
     * Chinese unless the request prefers English: the first of {@code zh} and {@code en} in the
     * {@code Accept-Language} list (by quality) decides.
     */
    static Locale reasonLocale(HttpHeaders headers) {
        List<Locale> acceptable = headers == null ? List.of() : headers.getAcceptableLanguages();
        for (Locale l : acceptable) {
            if ("en".equalsIgnoreCase(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equalsIgnoreCase(l.getLanguage())) {
                return Locale.CHINESE;
            }
        }
        return Locale.CHINESE;
    }
}
