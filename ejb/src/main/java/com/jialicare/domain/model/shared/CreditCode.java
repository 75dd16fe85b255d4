package com.jialicare.domain.model.shared;

/**
 * 统一社会信用代码 (GB 32100-2015): 17 characters and a check character, all from an alphabet without I,
 * O, S, V and Z. Only the alphabet and the check character are verified: the first character (the
 * registering authority) may be any character of the alphabet.
 */
public final class CreditCode {

    private static final String FIELD = "creditCode";
    private static final int LENGTH = 18;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /** Parses and checks a credit code as typed: surrounding whitespace is ignored, lower case accepted. */
    public static CreditCode of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("CREDIT_CODE_REQUIRED", "Unified social credit code is required");
        }
        String value = asciiUpperCase(raw.strip());
        if (value.length() != LENGTH) {
            throw invalid(
                    "CREDIT_CODE_LENGTH",
                    "Unified social credit code must have 18 characters, it has " + value.length(),
                    value.length(),
                    LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                throw invalid(
                        "CREDIT_CODE_CHARACTERS",
                        "Unified social credit code has '" + c
                                + "' at position " + (i + 1) + "; only digits and letters other than I, O, S, V, Z"
                                + " are allowed",
                        c,
                        i + 1);
            }
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw invalid(
                    "CREDIT_CODE_CHECK",
                    "Unified social credit code check character should be " + expected
                            + "; a character is probably mistyped",
                    expected);
        }
        return new CreditCode(value);
    }

    /** The check character for 17 characters of the alphabet — also how test data gets valid codes. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("Need 17 characters of " + ALPHABET + ", got " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        // The outer mod maps a sum divisible by 31 to '0' rather than past the end of the alphabet.
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    // Only a-z: String.toUpperCase would also turn 'ı' into 'I' and 'ß' into "SS".
    private static String asciiUpperCase(String s) {
        StringBuilder upper = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            upper.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return upper.toString();
    }

    private static BusinessException invalid(String code, String message, Object... args) {
        return BusinessException.invalid(code, FIELD, message, args);
    }

    /** The 18 characters, upper case. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && value.equals(other.value);
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
