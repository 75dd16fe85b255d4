package com.jialicare.interfaces.rest;

import com.jialicare.domain.model.shared.BusinessException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates and months arrive as text and are parsed here, strictly ({@code 2023-02-30} is refused), so that
 * a bad value gets a 400 naming the field rather than a generic parse error.
 */
public final class Params {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);

    private Params() {
    }

    /** {@code null} for a missing value; 400 INVALID_DATE for anything but a real YYYY-MM-DD date. */
    public static LocalDate date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("INVALID_DATE", field,
                    field + " must be a real date as YYYY-MM-DD, was '" + brief(raw) + "'", raw);
        }
    }

    public static LocalDate requiredDate(String raw, String field) {
        LocalDate d = date(raw, field);
        if (d == null) {
            throw BusinessException.invalid("DATE_REQUIRED", field, field + " is required (YYYY-MM-DD)");
        }
        return d;
    }

    public static YearMonth requiredMonth(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw BusinessException.invalid("MONTH_REQUIRED", field, field + " is required (YYYY-MM)");
        }
        try {
            return YearMonth.parse(raw.strip(), MONTH);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid("INVALID_MONTH", field,
                    field + " must be a month as YYYY-MM, was '" + brief(raw) + "'", raw);
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(c.name());
            }
            throw BusinessException.invalid("INVALID_" + field.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(),
                    field, field + " must be one of " + allowed + ", was '" + brief(raw) + "'", raw);
        }
    }

    public static void body(Object body) {
        if (body == null) {
            throw BusinessException.invalid("BODY_REQUIRED", null, "A JSON body is required");
        }
    }

    private static String brief(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }
}
