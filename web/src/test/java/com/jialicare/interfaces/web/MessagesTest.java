package com.jialicare.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.application.carehome.BedStatus;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.shared.Sex;
import com.jialicare.domain.model.stay.AbsenceKind;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

@DisplayName("UI texts: one bundle, one error namespace, every label and every error code in Chinese and English")
class MessagesTest {

    private static final String BASE = "/com/jialicare/web/messages";
    private static final Path EJB_SOURCES = Path.of("..", "ejb", "src", "main", "java");
    private static final Path WEB_SOURCES = Path.of("src", "main", "java");
    private static final Path PAGES = Path.of("src", "main", "webapp");

    /** A code given to a BusinessException factory, a TooManyRequestsException or an import's file/row error. */
    private static final Pattern THROWN = Pattern.compile("\\b(?:invalid|conflict|notFound|forbidden"
            + "|TooManyRequestsException|Result\\.error|Result\\.refused|Report\\.fileError)\\(\\s*(?:\"([A-Z][A-Z0-9_]+)\"|"
            + "(?:[A-Z]\\w*\\.)?([A-Z][A-Z0-9_]+))\\s*[,)]");

    private static final Pattern THROWN_WITH_KIND =
            Pattern.compile("new BusinessException\\(\\s*[\\w.]+\\s*,\\s*\"([A-Z][A-Z0-9_]+)\"");
    private static final Pattern ROW_ERROR =
            Pattern.compile("new RowError\\([^,]+,\\s*[^,]+,\\s*\"([A-Z][A-Z0-9_]+)\"");
    private static final Pattern CONSTANT =
            Pattern.compile("static final String ([A-Z][A-Z0-9_]*)\\s*=\\s*\"([A-Z][A-Z0-9_]+)\"");

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
    @DisplayName("error texts live under error.<CODE> only: no second namespace, no second done/failed, yes/no")
    void oneErrorNamespace() {
        Set<String> keys = bundle("").keySet();
        assertThat(keys).filteredOn(k -> k.matches(".+\\.error\\..*")).isEmpty();
        assertThat(keys).doesNotContain("app.message.done", "app.message.failed", "app.yes", "app.no");
    }

    @Test
    @DisplayName("every code the services, the domain and the adapters raise has a text in Chinese and in English")
    void everyCodeHasText() throws IOException {
        Set<String> codes = thrownCodes();
        // codes reached in each way the scan knows: literal, constant, Kind constructor, 429, import file and row
        assertThat(codes)
                .contains(
                        "BED_OCCUPIED",
                        "ID_NUMBER_CHECK",
                        "WRONG_STATE",
                        "NOTICE_NOT_ENDED",
                        "POLICY_INVALID",
                        "NO_POLICY_IN_FORCE",
                        "SUBSIDY_FACTS_INVALID",
                        "UNAUTHENTICATED",
                        "TOO_MANY_OBJECTIONS",
                        "IMPORT_BUSY",
                        "IMPORT_FILE_UNREADABLE",
                        "DUPLICATE_IN_FILE",
                        "INVALID_AMOUNT");
        for (String suffix : new String[] {"", "_en", "_zh"}) {
            ResourceBundle b = bundle(suffix);
            assertThat(codes)
                    .as("codes without a text in messages%s", suffix)
                    .allMatch(c -> b.containsKey(Messages.ERROR_PREFIX + c)
                            && !b.getString(Messages.ERROR_PREFIX + c).isBlank());
        }
    }

    @Test
    @DisplayName("every error text is Chinese in messages_zh, not a copy of the English")
    void errorsTranslated() {
        ResourceBundle zh = bundle("_zh");
        ResourceBundle en = bundle("");
        for (String key : en.keySet()) {
            if (key.startsWith(Messages.ERROR_PREFIX)) {
                assertThat(zh.getString(key))
                        .as(key)
                        .isNotEqualTo(en.getString(key))
                        .matches("(?s).*\\p{IsHan}.*");
            }
        }
    }

    @Test
    @DisplayName("every key the pages and the beans name exists in both languages")
    void everyUsedKeyExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        Pattern literal = Pattern.compile("msg\\['([^']+)'\\]");
        Pattern dynamic = Pattern.compile("msg\\['([^']+\\.)'\\.concat\\(");
        for (Path page : files(PAGES, ".xhtml")) {
            String text = Files.readString(page);
            collect(literal, text, used);
            collect(dynamic, text, prefixes);
        }
        // the beans: Messages.text/info("key"…) and the keys they hand on (doneKey = "audit.done.paid" …)
        Set<String> firstParts = new TreeSet<>();
        bundle("")
                .keySet()
                .forEach(k -> firstParts.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        Pattern beanKey = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9_]+)+\\.?)\"");
        for (Path bean : files(WEB_SOURCES.resolve("com/jialicare/interfaces/web"), ".java")) {
            Matcher m = beanKey.matcher(Files.readString(bean));
            while (m.find()) {
                String key = m.group(1);
                if (firstParts.contains(key.substring(0, key.indexOf('.')))) {
                    (key.endsWith(".") ? prefixes : used).add(key);
                }
            }
        }
        assertThat(used).contains("message.failed", "audit.done.paid", "admit.done", "app.applications.created");
        assertThat(prefixes).contains("bed.status.", "app.state.", "level.");
        for (String suffix : new String[] {"", "_zh"}) {
            ResourceBundle b = bundle(suffix);
            assertThat(used).as("keys missing in messages%s", suffix).allMatch(b::containsKey);
            assertThat(prefixes)
                    .as("prefixes without any key in messages%s", suffix)
                    .allMatch(p -> b.keySet().stream().anyMatch(k -> k.startsWith(p)));
            Map<String, List<?>> enums = new HashMap<>();
            enums.put("app.state.", names(ApplicationState.values()));
            enums.put("app.kind.", names(ApplicationKind.values()));
            enums.put("bed.status.", names(BedStatus.values()));
            enums.put("audit.facts.status.", names(BedStatus.values()));
            enums.put("dischargeReason.", names(DischargeReason.values()));
            enums.put("audit.facts.discharge.", names(DischargeReason.values()));
            enums.put("absenceKind.", names(AbsenceKind.values()));
            enums.put("audit.facts.absence.", names(AbsenceKind.values()));
            enums.put("admin.policy.ownership.", names(Ownership.values()));
            enums.put("audit.facts.premises.", names(Premises.values()));
            enums.put("role.", names(Role.values()));
            enums.put("sex.", names(Sex.values()));
            enums.put("level.", List.of(0, 1, 2, 3, 4));
            enums.forEach((prefix, values) -> values.forEach(v -> assertThat(b.containsKey(prefix + v))
                    .as("%s%s in messages%s", prefix, v, suffix)
                    .isTrue()));
        }
    }

    @ParameterizedTest(name = "messages{0}")
    @ValueSource(strings = {"", "_zh"})
    @DisplayName("every pattern with arguments is a valid MessageFormat pattern without a lone apostrophe")
    void patternsParse(String suffix) {
        ResourceBundle b = bundle(suffix);
        for (String key : b.keySet()) {
            String pattern = b.getString(key);
            if (key.startsWith(Messages.ERROR_PREFIX) || pattern.contains("{")) {
                // a lone apostrophe would vanish and quote the rest
                assertThat(pattern.replace("''", ""))
                        .as(key + " has a lone apostrophe")
                        .doesNotContain("'");
            }
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
        assertThat(Messages.of(bundle(""), e))
                .isEqualTo("The check character should be X: a digit is probably mistyped.");
    }

    @Test
    @DisplayName("a refusal of the subsidy pages comes from the same namespace, in Chinese, with its arguments")
    void subsidyRefusalByCode() {
        var e = BusinessException.conflict(
                "NOTICE_NOT_ENDED", null, "The public notice runs until 2024-06-07", LocalDate.of(2024, 6, 7));

        assertThat(Messages.of(bundle("_zh"), e)).isEqualTo("公示期至 2024-06-07，公示结束后才能审批。");
        assertThat(Messages.of(bundle(""), e))
                .isEqualTo("The public notice runs until 2024-06-07; approve after it ends.");
    }

    @Test
    @DisplayName("dates are written yyyy-MM-dd and ids without grouping")
    void argumentsAsWritten() {
        var future = BusinessException.invalid(
                "DATE_IN_FUTURE", "on", "x", LocalDate.of(2031, 2, 3), LocalDate.of(2026, 1, 2));
        var registered = BusinessException.conflict("RESIDENT_ALREADY_REGISTERED", "idNumber", "x", 12345L);

        assertThat(Messages.of(bundle(""), future)).isEqualTo("The date 2031-02-03 is after today (2026-01-02).");
        assertThat(Messages.of(bundle("_zh"), registered)).contains("12345");
    }

    @Test
    @DisplayName("a code without a text falls back to the exception's own message")
    void fallback() {
        var e = BusinessException.invalid("SOMETHING_NEW", null, "Something new went wrong");
        assertThat(Messages.of(bundle("_zh"), e)).isEqualTo("Something new went wrong");
        assertThat(Messages.error(bundle("_zh"), null, "no code")).isEqualTo("no code");
    }

    @Test
    @DisplayName("an import row's code is shown in the reader's language, a code without text by the service's words")
    void importRowByCode() {
        assertThat(Messages.error(bundle("_zh"), "DUPLICATE_IN_FILE", "duplicate", 3))
                .isEqualTo("该身份证号码与第 3 行重复。");
        assertThat(Messages.error(bundle(""), "NOT_A_CODE", "the service's words", 3))
                .isEqualTo("the service's words");
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static void collect(Pattern p, String text, Set<String> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
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

    private static List<Path> files(Path root, String ending) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(ending)).toList();
        }
    }

    /**
     * Every error code raised in the EJB module (services, domain, import) and in the web module (REST
     * parameter checks), read from the sources: literals, and constants such as {@code PolicyVersion.INVALID}.
     */
    private static Set<String> thrownCodes() throws IOException {
        Map<String, String> sources = new HashMap<>();
        for (Path root : List.of(EJB_SOURCES, WEB_SOURCES)) {
            for (Path f : files(root, ".java")) {
                sources.put(f.toString(), Files.readString(f));
            }
        }
        Map<String, String> constants = new HashMap<>();
        sources.values().forEach(s -> {
            Matcher m = CONSTANT.matcher(s);
            while (m.find()) {
                constants.put(m.group(1), m.group(2));
            }
        });
        Set<String> codes = new TreeSet<>();
        for (String s : sources.values()) {
            Matcher m = THROWN.matcher(s);
            while (m.find()) {
                if (m.group(1) != null) {
                    codes.add(m.group(1));
                } else if (constants.containsKey(m.group(2))) {
                    codes.add(constants.get(m.group(2)));
                }
            }
            collect(THROWN_WITH_KIND, s, codes);
            collect(ROW_ERROR, s, codes);
        }
        return codes;
    }
}
