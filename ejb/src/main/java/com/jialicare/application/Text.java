package com.jialicare.application;

import com.jialicare.domain.model.shared.BusinessException;

/**
 * Free-text input (names, reasons, comments, notes, vouchers): trimmed, required or optional, never longer
 * than the column, and only characters that show as what they are. Every service that writes text passes it
 * here, so REST, the UI and the import all meet the same rule. Refused, with the field named:
 * <ul>
 * <li>control characters (Unicode Cc: tabs, line breaks, NUL, DEL, C1) — {@code FIELD_CONTROL_CHARACTERS};</li>
 * <li>a lone UTF-16 surrogate (a database stores it as {@code ?}), and U+FFFD, the mark a decoder leaves
 * where bytes were no text — {@code INVALID_TEXT};</li>
 * <li>invisible format characters (Unicode Cf): bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069, U+200E, U+200F, U+061C) that make a name display as another in the UI and the PDF,
 * zero-width characters (U+200B–U+200D, U+2060, U+FEFF), soft hyphens — {@code INVALID_TEXT};</li>
 * <li>line and paragraph separators (U+2028, U+2029) — {@code FIELD_CONTROL_CHARACTERS}.</li>
 * </ul>
 */
final class Text {

    private Text() {}

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
            throw BusinessException.invalid(
                    "FIELD_TOO_LONG", field, field + " is longer than " + max + " characters", max);
        }
        checkCharacters(v, field);
        return v;
    }

    /** The character rule alone, for a value whose length and blankness are checked elsewhere. */
    static void checkCharacters(String v, String field) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                int cp = v.codePointAt(i);
                i++;
                if (Character.getType(cp) == Character.FORMAT) {
                    throw invisible(field, cp); // tag characters and the like, beyond the first plane
                }
                continue;
            }
            if (Character.isSurrogate(c)) {
                throw BusinessException.invalid(
                        "INVALID_TEXT",
                        field,
                        field + " contains a lone UTF-16 surrogate, which is no character",
                        String.format("U+%04X", (int) c));
            }
            if (c == '\uFFFD') {
                throw BusinessException.invalid(
                        "INVALID_TEXT",
                        field,
                        field + " contains U+FFFD: bytes that were no text in the encoding sent",
                        "U+FFFD");
            }
            int type = Character.getType(c);
            if (type == Character.CONTROL
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                throw BusinessException.invalid(
                        "FIELD_CONTROL_CHARACTERS", field, field + " contains control characters");
            }
            if (type == Character.FORMAT) {
                throw invisible(field, c);
            }
        }
    }

    private static BusinessException invisible(String field, int cp) {
        String at = String.format("U+%04X", cp);
        return BusinessException.invalid(
                "INVALID_TEXT",
                field,
                field + " contains the invisible character " + at
                        + " (a direction override, zero-width or other format character)",
                at);
    }
}
