package com.jialicare.infrastructure.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.application.Reviewer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Export texts: the documents' words come from one bundle, in Chinese and English")
class ExportTextsTest {

    @Test
    @DisplayName("the Chinese and the English bundle have the same keys, and the Chinese one is Chinese")
    void sameKeys() throws IOException {
        Properties en = load("export.properties");
        Properties zh = load("export_zh.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(zh.getProperty(key)).as(key).matches("(?s).*\\p{IsHan}.*");
            assertThat(en.getProperty(key)).as(key).doesNotMatch("(?s).*\\p{IsHan}.*");
        }
    }

    @Test
    @DisplayName("every key the exports and the export service name exists, and each kind of subsidy has a name")
    void everyUsedKeyExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern call = Pattern.compile("t\\.(?:text|format|texts)\\(([^;]*?)\\)");
        Pattern literal = Pattern.compile("\"([a-zA-Z]+(?:\\.[A-Za-z]+)+)\"");
        Path sources = Path.of("src", "main", "java", "com", "jialicare");
        for (Path f : new Path[] {
            sources.resolve("infrastructure/export/ApplicationExcelExport.java"),
            sources.resolve("infrastructure/export/ApprovalSheetPdf.java"),
            sources.resolve("application/ApplicationExportService.java")
        }) {
            Matcher calls = call.matcher(Files.readString(f));
            while (calls.find()) {
                Matcher keys = literal.matcher(calls.group(1));
                while (keys.find()) {
                    used.add(keys.group(1));
                }
            }
        }
        for (ApplicationKind kind : ApplicationKind.values()) {
            used.add("kind." + kind.name());
        }
        assertThat(used).contains("sheet.lines", "pdf.title.pattern", "line.bed.pattern", "history.comment");
        for (boolean chinese : new boolean[] {true, false}) {
            ExportTexts t = ExportTexts.of(chinese);
            used.forEach(k -> assertThat(t.text(k)).as(k).isNotBlank());
        }
    }

    @Test
    @DisplayName("a pattern takes its argument as written: no grouping of numbers")
    void patterns() {
        assertThat(ExportTexts.of(true).format("pdf.title.pattern", 12345L)).isEqualTo("补贴申请审批表 #12345");
        assertThat(ExportTexts.of(false).format("info.revision.pattern", 2)).isEqualTo(" (revision 2)");
        assertThat(ExportTexts.of(true).format("pdf.revision.pattern", 2)).isEqualTo("（第2版）");
    }

    @Test
    @DisplayName("every state, every recorded action and every care level has words in both languages")
    void everyCodeHasWords() throws IOException {
        Set<String> actions = new TreeSet<>();
        Matcher m = Pattern.compile("move\\([^;]*?\"([A-Z_]+)\"|\"(CREATE)\"")
                .matcher(Files.readString(Path.of(
                        "src",
                        "main",
                        "java",
                        "com",
                        "jialicare",
                        "domain",
                        "model",
                        "application",
                        "Application.java")));
        while (m.find()) {
            String action = m.group(1) != null ? m.group(1) : m.group(2);
            if (action.startsWith("_")) { // reviewer + "_RETURN"
                for (Reviewer r : Reviewer.values()) {
                    actions.add(r.name() + action);
                }
            } else {
                actions.add(action);
            }
        }
        assertThat(actions)
                .contains(
                        "COUNTY_RETURN",
                        "CITY_RETURN",
                        "CREATE",
                        "SUBMIT",
                        "COUNTY_APPROVE",
                        "START_NOTICE",
                        "CITY_APPROVE",
                        "OBJECTION_UPHELD",
                        "PAY");
        for (boolean chinese : new boolean[] {true, false}) {
            ExportTexts t = ExportTexts.of(chinese);
            for (ApplicationState s : ApplicationState.values()) {
                assertThat(t.state(s)).as(s.name()).isNotBlank().doesNotContain("_");
                assertThat(t.amountLabel(s)).isNotBlank();
            }
            for (String a : actions) {
                assertThat(t.action(a)).as(a).isNotEqualTo("—");
            }
            for (int level = 0; level <= 4; level++) {
                assertThat(t.level(level)).startsWith(level + " ").hasSizeGreaterThan(3);
            }
        }
        assertThat(ExportTexts.of(true).action("SOMETHING_NEW")).isEqualTo("—");
    }

    @Test
    @DisplayName("amounts print with thousands separators and two decimals")
    void money() {
        assertThat(ExportTexts.money(new java.math.BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
        assertThat(ExportTexts.money(new java.math.BigDecimal("0.00"))).isEqualTo("0.00");
        assertThat(ExportTexts.money(null)).isEqualTo("—");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExportTextsTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
