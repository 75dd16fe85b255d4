package com.jialicare.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.IdNumber;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("UI texts: every label and every registry error in English and Chinese")
class MessagesTest {

    private static final String BASE = "/com/jialicare/web/messages";

    @Test
    @DisplayName("the Chinese and the English bundles have exactly the keys of the base bundle")
    void sameKeys() {
        Set<String> base = bundle("").keySet();
        assertThat(bundle("_zh").keySet()).containsExactlyInAnyOrderElementsOf(base);
        assertThat(bundle("_en").keySet()).containsExactlyInAnyOrderElementsOf(base);
    }

    @Test
    @DisplayName("messages_en.properties says the same as the English base")
    void englishMirrorsBase() {
        ResourceBundle base = bundle("");
        ResourceBundle en = bundle("_en");
        base.keySet().forEach(k -> assertThat(en.getString(k)).as(k).isEqualTo(base.getString(k)));
    }

    @Test
    @DisplayName("every code the registry services and their domain throw has a text in both languages")
    void everyRegistryCodeHasText() throws IOException {
        Set<String> codes = thrownCodes();
        assertThat(codes).contains("BED_OCCUPIED", "ID_NUMBER_CHECK", "RESIDENT_HAS_OPEN_STAY", "USERNAME_TAKEN");
        for (String suffix : new String[] {"", "_zh"}) {
            ResourceBundle b = bundle(suffix);
            assertThat(codes).as("codes without a text in messages%s", suffix)
                    .allMatch(c -> b.containsKey("error." + c));
        }
    }

    @ParameterizedTest(name = "messages{0}")
    @ValueSource(strings = {"", "_zh"})
    @DisplayName("every pattern with arguments is a valid MessageFormat pattern")
    void patternsParse(String suffix) {
        ResourceBundle b = bundle(suffix);
        for (String key : b.keySet()) {
            String pattern = b.getString(key);
            if (pattern.contains("{0")) {
                String text = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3});
                assertThat(text).as(key).doesNotContain("{0").doesNotContain("{1");
            }
        }
    }

    @Test
    @DisplayName("a business failure is shown by its code, with its arguments filled in")
    void byCode() {
        BusinessException e = catchId("110105194912310021");

        assertThat(Messages.of(bundle("_zh"), e)).isEqualTo("身份证号码校验码应为 X，可能有数字输错。");
        assertThat(Messages.of(bundle(""), e)).isEqualTo("The check character should be X: a digit is probably mistyped.");
    }

    @Test
    @DisplayName("dates are written yyyy-MM-dd and ids without grouping")
    void argumentsAsWritten() {
        var future = BusinessException.invalid("DATE_IN_FUTURE", "on", "x", LocalDate.of(2031, 2, 3),
                LocalDate.of(2026, 1, 2));
        var registered = BusinessException.conflict("RESIDENT_ALREADY_REGISTERED", "idNumber", "x", 12345L);

        assertThat(Messages.of(bundle(""), future)).isEqualTo("The date 2031-02-03 is after today (2026-01-02).");
        assertThat(Messages.of(bundle("_zh"), registered)).contains("12345");
    }

    @Test
    @DisplayName("a code without a text falls back to the exception's own message")
    void fallback() {
        var e = BusinessException.invalid("SOMETHING_NEW", null, "Something new went wrong");
        assertThat(Messages.of(bundle("_zh"), e)).isEqualTo("Something new went wrong");
    }

    private static BusinessException catchId(String raw) {
        try {
            IdNumber.of(raw);
        } catch (BusinessException e) {
            return e;
        }
        throw new AssertionError("accepted " + raw);
    }

    private static ResourceBundle bundle(String suffix) {
        try (InputStream in = MessagesTest.class.getResourceAsStream(BASE + suffix + ".properties");
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new PropertyResourceBundle(r) {
                @Override
                public Locale getLocale() {
                    return suffix.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(suffix.substring(1));
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The codes thrown by the registry's services and domain, read from the EJB module's sources. */
    private static Set<String> thrownCodes() throws IOException {
        Path ejb = Path.of("..", "ejb", "src", "main", "java", "com", "jialicare");
        Pattern thrown = Pattern.compile("(?:BusinessException\\.(?:invalid|conflict|notFound|forbidden)|"
                + "\\binvalid)\\(\\s*\"([A-Z][A-Z0-9_]+)\"");
        Set<String> codes = new TreeSet<>();
        // the registry's services and their helpers, and the registry's domain; not the subsidy engine's
        for (String dir : new String[] {"application/CareHomeService.java", "application/ResidentService.java",
                "application/StayService.java", "application/UserService.java", "application/Dates.java",
                "application/Text.java", "application/Page.java", "application/security", "domain/model/shared",
                "domain/model/carehome", "domain/model/resident", "domain/model/stay", "domain/model/user"}) {
            try (Stream<Path> files = Files.walk(ejb.resolve(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = thrown.matcher(Files.readString(f));
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        return codes;
    }
}
