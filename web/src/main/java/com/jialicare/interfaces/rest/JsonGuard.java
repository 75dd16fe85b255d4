package com.jialicare.interfaces.rest;

/**
 * A single linear pass over a JSON request body before JSON binding sees it, so that binding and
 * {@link java.math.BigDecimal} arithmetic only ever meet short numbers and well-formed text. Refused:
 * a number longer than {@value #MAX_NUMBER_LENGTH} characters or with an exponent beyond
 * ±{@value #MAX_EXPONENT} ({@code 1} with a million zeros would keep a core busy for minutes, and
 * {@code 1e1000000000} ends in an out-of-memory error), a lone UTF-16 surrogate escape ({@code "\ud800"},
 * which a database stores as {@code ?}), nesting deeper than {@value #MAX_DEPTH}, and anything after the
 * top-level value ({@code {"a": 1} xyz}). The field named in an error is the top-level member it sits in.
 */
final class JsonGuard {

    static final int MAX_NUMBER_LENGTH = 40;
    static final int MAX_EXPONENT = 100;
    static final int MAX_DEPTH = 32;

    /** Why a body was refused, with the answer's status, stable code and field. */
    static final class Rejected extends RuntimeException {
        private final int status;
        private final String code;
        private final String field;

        Rejected(int status, String code, String field, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
            this.field = field;
        }

        int status() {
            return status;
        }

        String code() {
            return code;
        }

        String field() {
            return field;
        }
    }

    private final CharSequence s;
    private final boolean truncated;
    private final int maxBytes;
    private int i;
    private String field;

    private JsonGuard(CharSequence s, boolean truncated, int maxBytes) {
        this.s = s;
        this.truncated = truncated;
        this.maxBytes = maxBytes;
    }

    /** Checks a whole body; an empty one passes (binding then answers "body required"). */
    static void check(CharSequence body) {
        check(body, false, 0);
    }

    /**
     * Checks a body, or the first {@code maxBytes} of one that was longer ({@code truncated}): a fault
     * within that prefix is reported as such, otherwise the body is refused as too large (413).
     */
    static void check(CharSequence body, boolean truncated, int maxBytes) {
        new JsonGuard(body, truncated, maxBytes).run();
    }

    private void run() {
        if (i < s.length() && s.charAt(i) == '\uFEFF') {
            i++; // a byte-order mark before the value
        }
        whitespace();
        if (i == s.length()) {
            if (truncated) {
                throw tooLarge();
            }
            return;
        }
        value(0);
        whitespace();
        if (i < s.length()) {
            throw malformed("Unexpected content after the JSON value, at character " + i);
        }
        if (truncated) {
            throw tooLarge();
        }
    }

    private void value(int depth) {
        char c = peek();
        switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> string(false);
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    number();
                } else {
                    throw malformed("Unexpected character '" + printable(c) + "' at character " + i);
                }
            }
        }
    }

    private void object(int depth) {
        nest(depth);
        i++;
        whitespace();
        if (peek() == '}') {
            i++;
            return;
        }
        while (true) {
            if (peek() != '"') {
                throw malformed("Expected a member name in quotes at character " + i);
            }
            String name = string(depth == 1);
            if (depth == 1) {
                field = name;
            }
            whitespace();
            expect(':');
            whitespace();
            value(depth);
            whitespace();
            char c = peek();
            i++;
            if (c == '}') {
                if (depth == 1) {
                    field = null;
                }
                return;
            }
            if (c != ',') {
                throw malformed("Expected ',' or '}' at character " + (i - 1));
            }
            whitespace();
        }
    }

    private void array(int depth) {
        nest(depth);
        i++;
        whitespace();
        if (peek() == ']') {
            i++;
            return;
        }
        while (true) {
            value(depth);
            whitespace();
            char c = peek();
            i++;
            if (c == ']') {
                return;
            }
            if (c != ',') {
                throw malformed("Expected ',' or ']' at character " + (i - 1));
            }
            whitespace();
        }
    }

    private void nest(int depth) {
        if (depth > MAX_DEPTH) {
            throw malformed("JSON nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    /** Reads a string from its opening quote; returns its text (at most 64 characters) if asked. */
    private String string(boolean keep) {
        StringBuilder text = keep ? new StringBuilder() : null;
        i++;
        while (true) {
            char c = peek();
            i++;
            if (c == '"') {
                return text == null ? null : text.toString();
            }
            if (c == '\\') {
                char e = peek();
                i++;
                switch (e) {
                    case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> c = e;
                    case 'u' -> c = unicodeEscape();
                    default -> throw malformed("Invalid escape '\\" + printable(e) + "' at character " + (i - 2));
                }
            } else if (c < 0x20) {
                throw malformed(
                        "A control character inside a string at character " + (i - 1) + "; write it as an escape");
            }
            if (Character.isHighSurrogate(c)) {
                if (!lowSurrogateFollows()) {
                    throw loneSurrogate();
                }
            } else if (Character.isLowSurrogate(c)) {
                throw loneSurrogate();
            }
            if (text != null && text.length() < 64) {
                text.append(c);
            }
        }
    }

    /** After a high surrogate: the low one must follow, raw or as an escape; consumes it. */
    private boolean lowSurrogateFollows() {
        if (i < s.length() && Character.isLowSurrogate(s.charAt(i))) {
            i++;
            return true;
        }
        if (i + 1 < s.length() && s.charAt(i) == '\\' && s.charAt(i + 1) == 'u') {
            int at = i;
            i += 2;
            if (Character.isLowSurrogate(unicodeEscape())) {
                return true;
            }
            i = at;
        }
        return false;
    }

    private char unicodeEscape() {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(peek(), 16);
            if (d < 0) {
                throw malformed("Invalid \\u escape at character " + i);
            }
            v = v * 16 + d;
            i++;
        }
        return (char) v;
    }

    private void number() {
        int start = i;
        if (s.charAt(i) == '-') {
            i++;
        }
        char c = peek();
        if (c == '0') {
            i++;
        } else if (c >= '1' && c <= '9') {
            digits(start);
        } else {
            throw malformed("Invalid number at character " + start);
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            if (!isDigit(peek())) {
                throw malformed("Invalid number at character " + start);
            }
            digits(start);
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (peek() == '+' || peek() == '-') {
                i++;
            }
            if (!isDigit(peek())) {
                throw malformed("Invalid number at character " + start);
            }
            int exponent = 0;
            while (i < s.length() && isDigit(s.charAt(i))) {
                exponent = exponent * 10 + (s.charAt(i) - '0');
                if (exponent > MAX_EXPONENT) {
                    throw invalidNumber("an exponent beyond " + MAX_EXPONENT);
                }
                i++;
                length(start);
            }
        }
        if (i == s.length() && truncated) {
            throw tooLarge();
        }
    }

    private void digits(int start) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
            length(start);
        }
    }

    private void length(int start) {
        if (i - start > MAX_NUMBER_LENGTH) {
            throw invalidNumber("more than " + MAX_NUMBER_LENGTH + " characters");
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void literal(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (peek() != word.charAt(k)) {
                throw malformed("Unexpected character '" + printable(peek()) + "' at character " + i);
            }
            i++;
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw malformed("Expected '" + c + "' at character " + i);
        }
        i++;
    }

    private void whitespace() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            i++;
        }
    }

    private char peek() {
        if (i >= s.length()) {
            throw truncated ? tooLarge() : malformed("The JSON ends too early");
        }
        return s.charAt(i);
    }

    private static String printable(char c) {
        return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }

    private Rejected malformed(String message) {
        return new Rejected(400, "MALFORMED_REQUEST", null, "The request body is not valid JSON: " + message);
    }

    private Rejected invalidNumber(String what) {
        return new Rejected(
                400,
                "INVALID_NUMBER",
                field,
                (field == null ? "A number" : field)
                        + " has " + what + "; numbers must be at most " + MAX_NUMBER_LENGTH
                        + " characters with an exponent"
                        + " of at most " + MAX_EXPONENT);
    }

    private Rejected loneSurrogate() {
        return new Rejected(
                400,
                "INVALID_TEXT",
                field,
                (field == null ? "A text" : field)
                        + " contains a lone UTF-16 surrogate (an unpaired \\ud800-\\udfff), which is no character");
    }

    private Rejected tooLarge() {
        return new Rejected(413, "BODY_TOO_LARGE", null, "The request body is larger than " + maxBytes + " bytes");
    }
}
