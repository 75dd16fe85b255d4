package com.jialicare.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One stylesheet for every screen, without dead rules")
class StylesheetTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    private static final Path SHEET = WEBAPP.resolve("resources/css/jiali.css");

    @Test
    @DisplayName("the pages load jiali.css only, from the layout")
    void oneSheet() throws IOException {
        try (Stream<Path> css = Files.walk(WEBAPP)) {
            assertThat(css.filter(p -> p.toString().endsWith(".css")).toList()).containsExactly(SHEET);
        }
        Pattern loaded = Pattern.compile("outputStylesheet[^>]*name=\"([^\"]+)\"");
        List<String> sheets = new ArrayList<>();
        for (Path page : files(WEBAPP, ".xhtml")) {
            Matcher m = loaded.matcher(Files.readString(page));
            while (m.find()) {
                sheets.add(page.getFileName() + ":" + m.group(1));
            }
        }
        assertThat(sheets).containsExactly("layout.xhtml:css/jiali.css");
    }

    @Test
    @DisplayName("every class the stylesheet styles is used by a page or a bean")
    void noDeadRules() throws IOException {
        String css = Files.readString(SHEET).replaceAll("(?s)/\\*.*?\\*/", "");
        Set<String> classes = new TreeSet<>();
        Matcher m = Pattern.compile("\\.([A-Za-z_][\\w-]*)").matcher(css.replaceAll("(?s)\\{[^}]*}", "{}"));
        while (m.find()) {
            classes.add(m.group(1));
        }
        StringBuilder sources = new StringBuilder();
        for (Path f : files(WEBAPP, ".xhtml")) {
            sources.append(Files.readString(f)).append('\n');
        }
        for (Path f : files(Path.of("src", "main", "java"), ".java")) {
            sources.append(Files.readString(f)).append('\n');
        }
        String all = sources.toString();
        Set<String> dynamicPrefixes = new TreeSet<>();
        Matcher d = Pattern.compile("([A-Za-z][\\w-]*-)#\\{").matcher(all);
        while (d.find()) {
            dynamicPrefixes.add(d.group(1));
        }
        assertThat(classes).contains("jiali-figure", "jiali-totals", "jiali-bed", "jiali-state-PAID");
        assertThat(classes)
                .as("classes no page or bean uses")
                .allMatch(c -> c.startsWith("ui-")
                        || Pattern.compile("(?<![\\w-])" + Pattern.quote(c) + "(?![\\w-])")
                                .matcher(all)
                                .find()
                        || dynamicPrefixes.stream().anyMatch(c::startsWith));
    }

    private static List<Path> files(Path root, String ending) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(ending)).toList();
        }
    }
}
