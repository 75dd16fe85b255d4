package com.jialicare.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A record's history in words (docs/RULES.md §8): translated where there are words, as recorded otherwise. */
class HistoryWordsTest {

    private static final HistoryWords ZH = new HistoryWords(bundle("_zh"), true);
    private static final HistoryWords EN = new HistoryWords(bundle(""), false);

    @Test
    @DisplayName("actions, fields and record types in both languages")
    void translated() {
        assertThat(ZH.action("ADMITTED")).isEqualTo("入住");
        assertThat(EN.action("ADMITTED")).isEqualTo("Admitted");
        assertThat(ZH.action("CORRECT_RESIDENT")).isEqualTo("更正老人信息");
        assertThat(ZH.field("hukouCode")).isEqualTo("户籍");
        assertThat(EN.field("hukouCode")).isEqualTo("Hukou");
        assertThat(ZH.entity("Stay")).isEqualTo("入住记录");
    }

    @Test
    @DisplayName("an action, field or type without words is shown as recorded; null as nothing; never an error")
    void fallback() {
        assertThat(ZH.action("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
        assertThat(EN.field("someField")).isEqualTo("someField");
        assertThat(EN.entity("Thing")).isEqualTo("Thing");
        assertThat(ZH.action(null)).isEmpty();
        assertThat(ZH.value("anything", null)).isEmpty();
        assertThat(ZH.value("anything", "x y")).isEqualTo("x y");
        assertThat(ZH.value(null, "x")).isEqualTo("x");
        assertThat(ZH.value("dischargeReason", "NOT_A_REASON")).isEqualTo("NOT_A_REASON");
    }

    @Test
    @DisplayName("coded values in the user's language: counties, yes/no, discharge reasons, levels, ownerships")
    void values() {
        assertThat(ZH.value("hukouCode", "511102")).isEqualTo("市中区 (511102)");
        assertThat(EN.value("hukouCode", "511102")).isEqualTo("Shizhong District (511102)");
        assertThat(ZH.value("hukouCode", "999999")).isEqualTo("999999");
        assertThat(ZH.value("stateSupported", "true")).isEqualTo("是");
        assertThat(EN.value("stateSupported", "false")).isEqualTo("No");
        assertThat(ZH.value("dischargeReason", "DECEASED")).isEqualTo("去世");
        assertThat(ZH.value("careLevel", "2")).isEqualTo("2 中度失能");
        assertThat(ZH.value("ownership", "PRIVATE")).isEqualTo("民办");
        assertThat(ZH.value("premises", "LEASED")).isEqualTo("租赁");
        assertThat(EN.value("admittedOn", "2024-04-01")).isEqualTo("2024-04-01");
    }

    @Test
    @DisplayName("every action the services record today has words in both languages")
    void everyRecordedActionTranslated() throws IOException {
        Set<String> actions = recordedActions();
        assertThat(actions).contains("ADMITTED", "DISCHARGED", "BED_ADDED", "APPLICATION_PAID", "OBJECTION_UPHELD");
        for (String suffix : new String[] {"", "_zh", "_en"}) {
            ResourceBundle b = bundle(suffix);
            assertThat(actions)
                    .as("actions without words in messages%s", suffix)
                    .allMatch(a -> b.containsKey("history.action." + a));
        }
    }

    /**
     * The upper-case literals handed to AuditTrail.record/recordAs/recordCorrection/recordChange, and those
     * assigned to a variable named {@code action} first (e.g. one action per kind of change).
     */
    private static Set<String> recordedActions() throws IOException {
        Set<String> actions = new TreeSet<>();
        Pattern call = Pattern.compile("\\.record(?:As|Correction|Change)?\\(\\s*(?:\"[a-z]+\",\\s*)?([^;]*?)\\)");
        Pattern literal = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");
        Pattern assigned = Pattern.compile("\\baction\\s*=\\s*\"([A-Z][A-Z0-9_]+)\"");
        Path root = Path.of("..", "ejb", "src", "main", "java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                Matcher a = assigned.matcher(source);
                while (a.find()) {
                    actions.add(a.group(1));
                }
                Matcher m = call.matcher(source);
                while (m.find()) {
                    Matcher l = literal.matcher(m.group(1));
                    while (l.find()) {
                        actions.add(l.group(1));
                    }
                }
            }
        }
        return actions;
    }

    private static ResourceBundle bundle(String suffix) {
        try (InputStream in = HistoryWordsTest.class.getResourceAsStream(
                        "/com/jialicare/web/messages" + suffix + ".properties");
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new PropertyResourceBundle(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
