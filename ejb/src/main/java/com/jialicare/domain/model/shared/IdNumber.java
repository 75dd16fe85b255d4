package com.jialicare.domain.model.shared;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * 居民身份证号码 (GB 11643-1999): 17 digits and a check character. Birth date and sex are read from it,
 * never entered separately. The first six digits are where the person was first registered and may be a
 * retired code, so they are not checked — and they are not the hukou (see {@link DivisionCode}).
 */
public final class IdNumber {

    private static final String FIELD = "idNumber";
    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    // Nobody alive was born earlier; an earlier year is a typo, not a centenarian.
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    // STRICT with 'uuuu': the lenient default would turn 0230 into 02-28 instead of rejecting it.
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    // Every date in the city's rules is a calendar date in Asia/Shanghai.
    private static final Clock SHANGHAI = Clock.system(ZoneId.of("Asia/Shanghai"));

    /** How many characters a masked number shows at its start and at its end (the rest are asterisks). */
    public static final int VISIBLE_PREFIX = 4, VISIBLE_SUFFIX = 4;

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses and checks an ID number as typed; "today" is the current date in Asia/Shanghai. */
    public static IdNumber of(String raw) {
        return of(raw, SHANGHAI);
    }

    /**
     * Parses and checks an ID number as typed: surrounding whitespace is ignored and a lower-case
     * {@code x} is accepted. "Today", for the future-birth-date check, is the clock's date.
     */
    public static IdNumber of(String raw, Clock clock) {
        if (raw == null || raw.isBlank()) {
            throw invalid("ID_NUMBER_REQUIRED", "ID number is required");
        }
        String value = raw.strip().replace('x', 'X');
        if (value.length() == 15) {
            // The first-generation cards (before 1999) had 15 digits; they have all been replaced.
            throw invalid(
                    "ID_NUMBER_LENGTH",
                    "Old 15-digit ID numbers are not accepted; enter the 18-character ID number",
                    15,
                    LENGTH);
        }
        if (value.length() != LENGTH) {
            throw invalid(
                    "ID_NUMBER_LENGTH",
                    "ID number must have 18 characters, it has " + value.length(),
                    value.length(),
                    LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            boolean allowed = isAsciiDigit(c) || (i == LENGTH - 1 && c == 'X');
            if (!allowed) {
                throw invalid(
                        "ID_NUMBER_CHARACTERS",
                        "ID number has '" + c + "' at position " + (i + 1)
                                + "; only digits are allowed, and X as the last character",
                        c,
                        i + 1);
            }
        }
        // The date before the check character: an impossible date tells the user where the typo is.
        LocalDate birthDate = birthDate(value.substring(6, 14), LocalDate.now(clock));
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw invalid(
                    "ID_NUMBER_CHECK",
                    "ID number check character should be " + expected + "; a digit is probably mistyped",
                    expected);
        }
        return new IdNumber(value, birthDate);
    }

    /** The check character for 17 digits — also how test data gets valid ID numbers. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(IdNumber::isAsciiDigit)) {
            throw new IllegalArgumentException("Need exactly 17 digits, got " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate birthDate(String digits, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(digits, BIRTH_DATE);
        } catch (DateTimeException e) {
            throw invalid("ID_NUMBER_BIRTH_DATE", "ID number birth date " + digits + " is not a real date", digits);
        }
        if (date.isBefore(EARLIEST_BIRTH_DATE)) {
            throw invalid("ID_NUMBER_BIRTH_DATE", "ID number birth date " + date + " is before 1900", digits);
        }
        if (date.isAfter(today)) {
            throw invalid("ID_NUMBER_BIRTH_DATE", "ID number birth date " + date + " is in the future", digits);
        }
        return date;
    }

    private static boolean isAsciiDigit(int c) {
        // Not Character.isDigit: that also takes full-width and other scripts' digits.
        return c >= '0' && c <= '9';
    }

    private static BusinessException invalid(String code, String message, Object... args) {
        return BusinessException.invalid(code, FIELD, message, args);
    }

    /** The full 18 characters, upper-case X. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Age in whole years on that date (someone born on 29 February turns a year older on 1 March). */
    public int ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("Date " + date + " is before the birth date");
        }
        return (int) ChronoUnit.YEARS.between(birthDate, date);
    }

    /**
     * For display where the full number is not needed: {@code 5111**********123X} — the one masking rule (the
     * first and last four, ten asterisks); what a search may find of it is {@link IdNumberSearch}.
     */
    public String masked() {
        return value.substring(0, VISIBLE_PREFIX)
                + "*".repeat(LENGTH - VISIBLE_PREFIX - VISIBLE_SUFFIX)
                + value.substring(LENGTH - VISIBLE_SUFFIX);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, so that an ID number written to a log does not leak it; {@link #value()} is the full one. */
    @Override
    public String toString() {
        return masked();
    }
}
