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

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    private Params() {}

    /** {@code null} for a missing value; 400 INVALID_DATE for anything but a real YYYY-MM-DD date (also ""). */
    public static LocalDate date(String raw, String field) {
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(
                    "INVALID_DATE", field, field + " must be a real date as YYYY-MM-DD, was '" + brief(raw) + "'", raw);
        }
    }

    /**
     * A whole number as JSON sent it. Request records declare such fields as {@code Object} because JSON
     * binding would otherwise quietly turn {@code 3.5} into 3, {@code "7"} into 7 and an overflowing
     * number into a different one; here only a JSON integer within the bounds passes.
     */
    public static Integer integer(Object raw, String field, long min, long max) {
        Long v = whole(raw, field, min, max);
        return v == null ? null : v.intValue();
    }

    /** An id as JSON sent it: a positive whole number, or 400. */
    public static Long id(Object raw, String field) {
        return whole(raw, field, 1, Long.MAX_VALUE);
    }

    /** Only JSON {@code true} or {@code false}; "yes", 1 or "perhaps" are refused. */
    public static Boolean bool(Object raw, String field) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Boolean b) {
            return b;
        }
        throw BusinessException.invalid("INVALID_BOOLEAN", field, field + " must be true or false");
    }

    /** A list of ids, each checked as by {@link #id}. */
    public static java.util.Set<Long> ids(Object raw, String field) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof java.util.Collection<?> c)) {
            throw BusinessException.invalid("INVALID_ID_LIST", field, field + " must be a list of ids");
        }
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        for (Object o : c) {
            ids.add(id(o, field));
        }
        return ids;
    }

    private static Long whole(Object raw, String field, long min, long max) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Number n) {
            java.math.BigDecimal d = decimal(n);
            // bounds first, on precision and scale only: no arithmetic on a number of unbounded size
            if (d != null && d.precision() - d.scale() <= 19 && d.scale() <= MAX_SCALE) {
                try {
                    long v = d.setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
                    if (v >= min && v <= max) {
                        return v;
                    }
                } catch (ArithmeticException e) {
                    // a fraction, or too large for a long: refused below
                }
            }
        }
        throw BusinessException.invalid(
                "INVALID_NUMBER",
                field,
                field + " must be a whole number from " + min + (max == Long.MAX_VALUE ? " up" : " to " + max),
                brief(String.valueOf(raw)));
    }

    /** The most decimals a number may be written with, even as {@code 1.000}: beyond, it is refused unread. */
    private static final int MAX_SCALE = 40;

    /** The largest amount of money: 12 digits of yuan. */
    private static final int MONEY_INTEGER_DIGITS = 12;

    /**
     * An amount of money in yuan as JSON sent it: a number with at most 2 decimals ({@code 100.50},
     * {@code 100.500} is the same) and at most {@value #MONEY_INTEGER_DIGITS} digits before the point, or 400
     * INVALID_AMOUNT. Scale 2.
     */
    public static java.math.BigDecimal money(Object raw, String field) {
        if (raw == null) {
            return null;
        }
        java.math.BigDecimal d = raw instanceof Number n ? decimal(n) : null;
        if (d != null && d.precision() - d.scale() <= MONEY_INTEGER_DIGITS && d.scale() <= MAX_SCALE) {
            try {
                return d.setScale(2, java.math.RoundingMode.UNNECESSARY);
            } catch (ArithmeticException e) {
                // more than 2 decimals: refused below
            }
        }
        throw BusinessException.invalid(
                "INVALID_AMOUNT",
                field,
                field + " must be an amount in yuan with at most " + MONEY_INTEGER_DIGITS
                        + " digits and 2 decimals, such as 11000.00",
                brief(String.valueOf(raw)));
    }

    /** The number as a decimal, or {@code null} for a double that is not finite or a text too long to read. */
    private static java.math.BigDecimal decimal(Number n) {
        if (n instanceof java.math.BigDecimal bd) {
            return bd;
        }
        String text = n.toString();
        if (text.length() > 2 * JsonGuard.MAX_NUMBER_LENGTH) {
            return null;
        }
        try {
            return new java.math.BigDecimal(text);
        } catch (NumberFormatException e) {
            return null; // NaN, Infinity
        }
    }

    /** A query parameter that must be a whole number (JAX-RS would answer 404 for "abc"). */
    public static int queryInt(String raw, String field, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            if (raw.length() <= 12) {
                return Integer.parseInt(raw.strip());
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw BusinessException.invalid("INVALID_NUMBER", field, field + " must be a whole number", brief(raw));
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
            throw BusinessException.invalid(
                    "INVALID_MONTH", field, field + " must be a month as YYYY-MM, was '" + brief(raw) + "'", raw);
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field) {
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(c.name());
            }
            throw BusinessException.invalid(
                    "INVALID_" + field.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(),
                    field,
                    field + " must be one of " + allowed + ", was '" + brief(raw) + "'",
                    raw);
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
