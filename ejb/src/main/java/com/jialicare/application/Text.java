package com.jialicare.application;

import com.jialicare.domain.model.shared.BusinessException;

/** Free-text input: trimmed, required or optional, never longer than the column. */
final class Text {

    private Text() {
    }

    static String required(String value, String field, int max) {
        String v = optional(value, field, max);
        if (v == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", field, field + " is required");
        }
        return v;
    }

    static String optional(String value, String field, int max) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > max) {
            throw BusinessException.invalid("FIELD_TOO_LONG", field, field + " is longer than " + max
                    + " characters", max);
        }
        if (v.chars().anyMatch(c -> c < 0x20)) {
            throw BusinessException.invalid("FIELD_CONTROL_CHARACTERS", field,
                    field + " contains control characters");
        }
        return v;
    }
}
