package com.jialicare.domain.model.shared;

/**
 * A 6-digit administrative division code (行政区划代码), as recorded for a household registration (hukou).
 * Only the form is checked — six digits and a province part in 11–82 — because the list of divisions
 * changes over time and a person's hukou may name one that has since been merged or renamed.
 */
public final class DivisionCode {

    private static final String DEFAULT_FIELD = "hukouCode";
    // 11 Beijing is the lowest province-level code, 82 Macao the highest.
    private static final int LOWEST_PROVINCE = 11;
    private static final int HIGHEST_PROVINCE = 82;

    private final String value;

    private DivisionCode(String value) {
        this.value = value;
    }

    /** A hukou division code; errors name the field {@code hukouCode}. */
    public static DivisionCode of(String raw) {
        return of(raw, DEFAULT_FIELD);
    }

    /** A division code entered in the given request field; surrounding whitespace is ignored. */
    public static DivisionCode of(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw BusinessException.invalid("DIVISION_CODE_REQUIRED", field, "Division code is required");
        }
        String value = raw.strip();
        if (!value.matches("[0-9]{6}") || !isProvince(Integer.parseInt(value.substring(0, 2)))) {
            throw BusinessException.invalid(
                    "DIVISION_CODE_FORMAT",
                    field,
                    "Division code must be 6 digits starting with a province code (11 to 82), was " + value,
                    value);
        }
        return new DivisionCode(value);
    }

    private static boolean isProvince(int code) {
        return code >= LOWEST_PROVINCE && code <= HIGHEST_PROVINCE;
    }

    public String value() {
        return value;
    }

    /** Whether this division lies inside the one the prefix names, e.g. {@code "5111"} for Leshan. */
    public boolean startsWith(String prefix) {
        return value.startsWith(prefix);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DivisionCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
