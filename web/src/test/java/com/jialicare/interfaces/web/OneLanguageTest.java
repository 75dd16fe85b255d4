package com.jialicare.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.application.carehome.BedStatus;
import com.jialicare.domain.model.application.ApplicationState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("One language at a time: English pages carry no Chinese, and each thing has one name per language")
class OneLanguageTest {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");

    /**
     * The only English texts that may hold Chinese, each for a reason: the language switch names Chinese in
     * Chinese, and the import hints and errors quote what the user must write in the Chinese spreadsheet (its
     * column headers and values, e.g. 是/否, 死亡).
     */
    private static final Set<String> CHINESE_ON_PURPOSE = Set.of(
            "lang.zh",
            "import.hint",
            "reported.import.hint",
            "error.INVALID_BOOLEAN",
            "error.EVENT_KIND_REQUIRED",
            "error.INVALID_EVENT_KIND",
            "error.SOURCE_REF_REQUIRED");

    private static final Path EXPORT =
            Path.of("..", "ejb", "src", "main", "resources", "com", "jialicare", "infrastructure", "export");

    @ParameterizedTest(name = "messages{0}.properties")
    @ValueSource(strings = {"", "_en"})
    @DisplayName("no English text carries Chinese (no gloss like “State-supported (特困供养)”), but on purpose")
    void noChineseInEnglish(String suffix) {
        Map<String, String> en = web(suffix);
        Map<String, String> offending = new TreeMap<>();
        en.forEach((k, v) -> {
            if (!CHINESE_ON_PURPOSE.contains(k) && CJK.matcher(v).find()) {
                offending.put(k, v);
            }
        });
        assertThat(offending)
                .as("English texts with Chinese in messages%s", suffix)
                .isEmpty();
        // the exceptions still need their Chinese: an exception that no longer does is taken off the list
        CHINESE_ON_PURPOSE.forEach(k -> assertThat(en.get(k)).as(k).isNotNull().containsPattern(CJK));
    }

    @Test
    @DisplayName("the English export documents carry no Chinese either")
    void noChineseInEnglishDocuments() {
        assertThat(export("")).allSatisfy((k, v) -> assertThat(v).as(k).doesNotContainPattern(CJK));
    }

    @ParameterizedTest(name = "messages{0}")
    @ValueSource(strings = {"", "_zh"})
    @DisplayName("a capability level has one name: the pages, the family's plain words and the documents agree")
    void oneNamePerLevel(String suffix) {
        Map<String, String> web = web(suffix);
        Map<String, String> docs = export(suffix);
        for (int level = 0; level <= 4; level++) {
            String name = web.get("level." + level);
            assertThat(name).as("level.%d", level).startsWith(level + " ");
            assertThat(docs.get("level." + level)).as("export level.%d", level).isEqualTo(name);
            assertThat(web.get("plain.level." + level))
                    .as("plain.level.%d", level)
                    .isEqualToIgnoringCase(name.substring(2));
        }
    }

    @ParameterizedTest(name = "messages{0}")
    @ValueSource(strings = {"", "_zh"})
    @DisplayName("an application's state and a bed's status have one name: the documents and the facts start with it")
    void oneNamePerState(String suffix) {
        Map<String, String> web = web(suffix);
        Map<String, String> docs = export(suffix);
        for (ApplicationState s : ApplicationState.values()) {
            String name = web.get("app.state." + s);
            assertThat(docs.get("state." + s)).as("export state.%s", s).startsWith(name);
        }
        for (BedStatus s : BedStatus.values()) {
            assertThat(web.get("audit.facts.status." + s))
                    .as("audit.facts.status.%s", s)
                    .containsIgnoringCase(web.get("bed.status." + s));
        }
    }

    @ParameterizedTest(name = "messages{0}")
    @ValueSource(strings = {"", "_zh"})
    @DisplayName("one word for the capability level and the subsidy preview; the dashboard's names pair up")
    void oneTerm(String suffix) {
        Map<String, String> web = web(suffix);
        assertThat(web).allSatisfy((k, v) -> assertThat(v).as(k).doesNotContainIgnoringCase("care level"));
        assertThat(web.get("beds.filter.careLevel")).isEqualTo(web.get("resident.level"));
        assertThat(web.get("nav.subsidy")).isEqualTo(web.get("app.preview.title"));
        assertThat(web.get("nav.dashboard")).isEqualTo(web.get("audit.dashboard.title"));
        assertThat(web.get("audit.dashboard.title.county")).contains("{0}");
    }

    @Test
    @DisplayName("the city's and a county's dashboard are named apart, in both languages")
    void dashboardNames() {
        assertThat(web("").get("audit.dashboard.title")).isEqualTo("City dashboard");
        assertThat(web("").get("audit.dashboard.title.county")).startsWith("County dashboard");
        assertThat(web("_zh").get("audit.dashboard.title")).isEqualTo("全市看板");
        assertThat(web("_zh").get("audit.dashboard.title.county")).startsWith("区县看板");
    }

    private static Map<String, String> web(String suffix) {
        try (InputStream in =
                OneLanguageTest.class.getResourceAsStream("/com/jialicare/web/messages" + suffix + ".properties")) {
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> export(String suffix) {
        try (Reader r = Files.newBufferedReader(EXPORT.resolve("export" + suffix + ".properties"))) {
            return load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> load(Reader r) throws IOException {
        Properties p = new Properties();
        p.load(r);
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put((String) k, (String) v));
        return m;
    }
}
