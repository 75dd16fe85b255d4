package com.jialicare.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Resident ID number (GB 11643-1999)")
class IdNumberTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Noon of 15 June 2025 in Shanghai. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-15T04:00:00Z"), SHANGHAI);

    /** A valid ID number from its first 17 digits. */
    private static String valid(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static BusinessException rejection(String raw) {
        Throwable thrown = catchThrowable(() -> IdNumber.of(raw, TODAY));
        assertThat(thrown).isInstanceOf(BusinessException.class);
        BusinessException e = (BusinessException) thrown;
        assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
        assertThat(e.field()).isEqualTo("idNumber");
        return e;
    }

    @Test
    @DisplayName("the standard's example 11010519491231002X is a woman born on 31 December 1949")
    void publishedExample() {
        IdNumber id = IdNumber.of("11010519491231002X");

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    @DisplayName("the standard's example 440524188001010014 has the right check character but a birth year before 1900")
    void publishedExampleBornBefore1900() {
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');

        assertThat(rejection("440524188001010014").code()).isEqualTo("ID_NUMBER_BIRTH_DATE");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("checkCharacter gives each of the 11 check characters (remainders 0 to 10, worked out by hand)")
    @CsvSource({
        "51110219500703030, 1",
        "51110219500101000, 0",
        "51110219500504040, X",
        "51110219500102012, 9",
        "51110219500305050, 8",
        "51110219500103024, 7",
        "51110219501001009, 6",
        "51110219500104036, 5",
        "51110219500107072, 4",
        "51110219500902020, 3",
        "51110219500108084, 2",
    })
    void everyCheckCharacter(String first17, char check) {
        assertThat(IdNumber.checkCharacter(first17)).isEqualTo(check);
        assertThat(IdNumber.of(first17 + check, TODAY).value()).isEqualTo(first17 + check);
    }

    @ParameterizedTest(name = "{0} + check character: born {1}, {2}")
    @DisplayName("valid numbers give birth date and sex, whatever their first six digits")
    @CsvSource({
        "51110219400101123, 1940-01-01, MALE",
        "51112319550630002, 1955-06-30, FEMALE",
        "00000019000101000, 1900-01-01, FEMALE",
        "99999920000229999, 2000-02-29, MALE",
        "51118120240229004, 2024-02-29, FEMALE",
        "51112320250615001, 2025-06-15, MALE",
    })
    void validNumbers(String first17, LocalDate birthDate, Sex sex) {
        IdNumber id = IdNumber.of(valid(first17), TODAY);

        assertThat(id.value()).isEqualTo(valid(first17));
        assertThat(id.birthDate()).isEqualTo(birthDate);
        assertThat(id.sex()).isEqualTo(sex);
    }

    @Test
    @DisplayName("a lower-case x is accepted and stored upper-case")
    void lowerCaseX() {
        IdNumber id = IdNumber.of("11010519491231002x", TODAY);

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id).isEqualTo(IdNumber.of("11010519491231002X", TODAY));
    }

    @ParameterizedTest
    @DisplayName("surrounding spaces, tabs and full-width spaces are ignored")
    @ValueSource(strings = {" 11010519491231002X ", "\t11010519491231002X\n", "\u300011010519491231002X\u3000"})
    void surroundingWhitespace(String raw) {
        assertThat(IdNumber.of(raw, TODAY).value()).isEqualTo("11010519491231002X");
    }

    @ParameterizedTest(name = "check character {0} instead of X")
    @DisplayName("a wrong check character is rejected, naming the expected one")
    @ValueSource(chars = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'})
    void wrongCheckCharacter(char check) {
        BusinessException e = rejection("11010519491231002" + check);

        assertThat(e.code()).isEqualTo("ID_NUMBER_CHECK");
        assertThat(e.args()).containsExactly('X');
        assertThat(e.getMessage()).contains("should be X");
    }

    @ParameterizedTest(name = "position {0} changed to {1}")
    @DisplayName("one mistyped digit anywhere is caught by the check character")
    @CsvSource({"1, 4", "4, 2", "6, 9", "10, 1", "13, 1", "14, 2", "15, 9", "16, 0", "17, 4"})
    void mistypedDigit(int position, char digit) {
        String good = valid("51110219400101123");
        StringBuilder typo = new StringBuilder(good);
        typo.setCharAt(position - 1, digit);
        assertThat(typo.toString()).isNotEqualTo(good);

        assertThat(rejection(typo.toString()).code()).isEqualTo("ID_NUMBER_CHECK");
    }

    @Test
    @DisplayName("two swapped neighbouring digits are caught by the check character")
    void swappedDigits() {
        assertThat(rejection("11010519491231020X").code()).isEqualTo("ID_NUMBER_CHECK");
    }

    @ParameterizedTest(name = "birth date {0}")
    @DisplayName("a birth date that is not a real date is rejected")
    @ValueSource(strings = {"19490230", "20231301", "20230229", "19000229", "20230431", "20230100", "20230000"})
    void impossibleBirthDate(String date) {
        BusinessException e = rejection(valid("511102" + date + "123"));

        assertThat(e.code()).isEqualTo("ID_NUMBER_BIRTH_DATE");
        assertThat(e.args()).containsExactly(date);
    }

    @ParameterizedTest(name = "birth date {0}")
    @DisplayName("a birth date after today, or before 1900, is rejected")
    @ValueSource(strings = {"20250616", "20260101", "20991231", "18991231", "00010101"})
    void birthDateOutOfRange(String date) {
        assertThat(rejection(valid("511102" + date + "123")).code()).isEqualTo("ID_NUMBER_BIRTH_DATE");
    }

    @Test
    @DisplayName("today is the clock's date in Shanghai: just after midnight there, a baby born today is valid")
    void todayInShanghai() {
        Clock justAfterMidnight = Clock.fixed(Instant.parse("2025-06-14T16:30:00Z"), SHANGHAI);

        IdNumber id = IdNumber.of(valid("51110220250615001"), justAfterMidnight);

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(2025, 6, 15));
    }

    @Test
    @DisplayName("an old 15-digit number is rejected with a message asking for the 18-character one")
    void fifteenDigits() {
        BusinessException e = rejection("110105491231002");

        assertThat(e.code()).isEqualTo("ID_NUMBER_LENGTH");
        assertThat(e.getMessage()).contains("15-digit").contains("18");
    }

    @ParameterizedTest(name = "\"{0}\" has {1} characters")
    @DisplayName("a number of any other length than 18 is rejected")
    @CsvSource({"1101051949123100, 16", "11010519491231002, 17", "11010519491231002X1, 19", "5, 1"})
    void wrongLength(String raw, int length) {
        BusinessException e = rejection(raw);

        assertThat(e.code()).isEqualTo("ID_NUMBER_LENGTH");
        assertThat(e.args()).containsExactly(length, 18);
    }

    @ParameterizedTest(name = "\"{0}\": ''{1}'' at position {2}")
    @DisplayName("letters and other characters in the body are rejected, naming the character and position")
    @CsvSource({
        "A1010519491231002X, A, 1",
        "x1010519491231002X, X, 1",
        "110105 19491231002, ' ', 7",
        "1101051949-231002X, -, 11",
        "110105194912310O2X, O, 16",
        "1101051949123100AX, A, 17",
        "11010519491231002Y, Y, 18",
        "１1010519491231002X, １, 1",
    })
    void badCharacters(String raw, char bad, int position) {
        BusinessException e = rejection(raw);

        assertThat(e.code()).isEqualTo("ID_NUMBER_CHARACTERS");
        assertThat(e.args()).containsExactly(bad, position);
    }

    @ParameterizedTest
    @DisplayName("a missing number is rejected as required")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", "\u3000"})
    void required(String raw) {
        assertThat(rejection(raw).code()).isEqualTo("ID_NUMBER_REQUIRED");
    }

    @ParameterizedTest(name = "digit 17 = {0}: {1}")
    @DisplayName("digit 17 odd means male, even means female")
    @CsvSource({
        "0, FEMALE", "1, MALE", "2, FEMALE", "3, MALE", "4, FEMALE",
        "5, MALE", "6, FEMALE", "7, MALE", "8, FEMALE", "9, MALE",
    })
    void sex(char digit17, Sex sex) {
        assertThat(IdNumber.of(valid("5111021940010112" + digit17), TODAY).sex())
                .isEqualTo(sex);
    }

    @ParameterizedTest(name = "born 1964-10-01, on {0}: {1}")
    @DisplayName("age is counted in whole years, the birthday being the first day of the new year of age")
    @CsvSource({"1964-10-01, 0", "1965-09-30, 0", "2024-09-30, 59", "2024-10-01, 60", "2024-12-31, 60"})
    void ageOn(LocalDate date, int age) {
        IdNumber id = IdNumber.of(valid("51110219641001123"), TODAY);

        assertThat(id.ageOn(date)).isEqualTo(age);
    }

    @ParameterizedTest(name = "born 2000-02-29, on {0}: {1}")
    @DisplayName("someone born on 29 February is a year older on 1 March of a common year")
    @CsvSource({"2001-02-28, 0", "2001-03-01, 1", "2004-02-29, 4", "2060-02-28, 59", "2060-02-29, 60"})
    void ageOnLeapDayBirth(LocalDate date, int age) {
        IdNumber id = IdNumber.of(valid("51110220000229123"), TODAY);

        assertThat(id.ageOn(date)).isEqualTo(age);
    }

    @Test
    @DisplayName("the age on a date before the birth is a programming error")
    void ageBeforeBirth() {
        IdNumber id = IdNumber.of("11010519491231002X", TODAY);

        assertThatIllegalArgumentException().isThrownBy(() -> id.ageOn(LocalDate.of(1949, 12, 30)));
    }

    @Test
    @DisplayName("masked shows the first four and the last four characters")
    void masked() {
        IdNumber id = IdNumber.of("51110219400109123X", TODAY);

        assertThat(id.masked()).isEqualTo("5111**********123X").hasSize(18);
    }

    @Test
    @DisplayName("toString is masked, so logs do not carry full ID numbers")
    void toStringIsMasked() {
        IdNumber id = IdNumber.of("51110219400109123X", TODAY);

        assertThat(id).hasToString("5111**********123X");
    }

    @Test
    @DisplayName("two ID numbers are equal when their 18 characters are")
    void equality() {
        IdNumber id = IdNumber.of("11010519491231002X", TODAY);

        assertThat(id)
                .isEqualTo(IdNumber.of(" 11010519491231002x", TODAY))
                .hasSameHashCodeAs(IdNumber.of("11010519491231002X", TODAY))
                .isNotEqualTo(IdNumber.of("51110219400109123X", TODAY));
    }

    @ParameterizedTest
    @DisplayName("checkCharacter needs exactly 17 digits")
    @NullAndEmptySource
    @ValueSource(strings = {"1101051949123100", "11010519491231002X", "1101051949123100X", "１1010519491231002"})
    void checkCharacterInput(String first17) {
        assertThatIllegalArgumentException().isThrownBy(() -> IdNumber.checkCharacter(first17));
    }
}
