package com.jialicare.it.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * The accessibility engine axe-core (npm {@code axe-core} 4.10.3, MPL-2.0, {@code src/test/resources/axe}) run in
 * the browser on every page a browser test visits (issue #16, item 11). {@link PrimeFacesWaits#ajax} calls
 * {@link #onPage}: the first time a page (its path and language) is seen it is checked against WCAG 2.0/2.1 A and AA
 * and axe's best practices, with the rule {@code label-content-name-mismatch} (WCAG 2.5.3, experimental in axe)
 * switched on. Serious and critical violations are collected and fail the test at its end ({@link Browser}), with
 * rule, element (CSS selector), page and language. A page is checked once per test run (the JVM), whichever test
 * visits it first, so the cost stays small; {@link #everyPage()} checks each page once per test instead.
 * {@code -Djiali.axe=false} switches it off.
 */
final class Axe {

    private static final boolean ENABLED = !"false".equals(System.getProperty("jiali.axe"));

    /**
     * What PrimeFaces itself renders and no configuration or style of ours can change: rule, a part of the
     * element's selector, and why. Keep it short; everything else is fixed at its cause.
     */
    private static final List<String[]> ALLOWED = List.of();

    private static final String SOURCE = load();

    private static final String RUN = "var done = arguments[arguments.length - 1];"
            // the growl's messages fade in and out: caught half-transparent they would fail on contrast by chance
            + "axe.run({exclude: [['.ui-growl']]}, {resultTypes: ['violations'],"
            + " rules: {'label-content-name-mismatch': {enabled: true}}})"
            + ".then(function (r) {"
            + "  var out = [];"
            + "  r.violations.forEach(function (v) {"
            + "    v.nodes.forEach(function (n) {"
            + "      var impact = n.impact || v.impact;"
            + "      if (impact === 'serious' || impact === 'critical') {"
            + "        out.push([v.id, impact, n.target.join(' '), v.help,"
            + "          (n.failureSummary || '').replace(/\\s+/g, ' ').substring(0, 160)]);"
            + "      }"
            + "    });"
            + "  });"
            + "  done(out);"
            + "}).catch(function (e) { done('axe failed: ' + e); });";

    /** Pages (path and language) already checked in this JVM. */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    private static final Map<WebDriver, Axe> BY_DRIVER = Collections.synchronizedMap(new WeakHashMap<>());

    private static final AtomicLong MILLIS = new AtomicLong();
    private static final AtomicInteger PAGES = new AtomicInteger();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (PAGES.get() > 0) {
                System.out.printf(
                        "axe: %d pages checked in %d ms (%d ms a page)%n",
                        PAGES.get(), MILLIS.get(), MILLIS.get() / PAGES.get());
            }
        }));
    }

    private final Set<String> pagesOfThisTest = new LinkedHashSet<>();
    private final List<String> violations = new ArrayList<>();
    private boolean everyPage;

    /** Watches the pages this browser opens. */
    void watch(WebDriver driver) {
        BY_DRIVER.put(driver, this);
    }

    void forget(WebDriver driver) {
        BY_DRIVER.remove(driver);
    }

    /** Checks every page once per test, not once per run: for the test that is about accessibility. */
    void everyPage() {
        everyPage = true;
    }

    /** The pages checked during this test, as "path [language]". */
    List<String> checkedPages() {
        return List.copyOf(pagesOfThisTest);
    }

    /** The serious and critical violations found during this test, one line each. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    /** Called whenever a page object waits for a page to settle: checks a page not yet checked. */
    static void onPage(WebDriver driver) {
        if (!ENABLED) {
            return;
        }
        Axe axe = BY_DRIVER.get(driver);
        if (axe != null) {
            axe.checkIfNew(driver);
        }
    }

    private void checkIfNew(WebDriver driver) {
        String key;
        try {
            key = String.valueOf(((JavascriptExecutor) driver)
                    .executeScript("return document.readyState === 'complete' && !document.querySelector("
                            + "'.ui-dialog[aria-hidden=\"false\"], .ui-overlay-visible')"
                            + " ? location.pathname + ' [' + document.documentElement.lang + ']' : null"));
        } catch (WebDriverException e) {
            return; // a page being replaced: the next wait looks again
        }
        if ("null".equals(key) || key.startsWith("about:") || pagesOfThisTest.contains(key)) {
            return;
        }
        if (!everyPage && !CHECKED.add(key)) {
            return;
        }
        pagesOfThisTest.add(key);
        check(driver, key);
    }

    private void check(WebDriver driver, String page) {
        long start = System.nanoTime();
        Object result;
        try {
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript("if (!window.axe) { " + SOURCE + "\n}");
            result = js.executeAsyncScript(RUN);
        } catch (WebDriverException e) {
            // the page went away while it was checked (a test clicking on): check it when it comes back
            pagesOfThisTest.remove(page);
            CHECKED.remove(page);
            return;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        MILLIS.addAndGet(ms);
        PAGES.incrementAndGet();
        if (!(result instanceof List<?> nodes)) {
            violations.add(page + ": " + result);
            return;
        }
        int found = 0;
        for (Object o : nodes) {
            List<?> n = (List<?>) o;
            String rule = String.valueOf(n.get(0));
            String target = String.valueOf(n.get(2));
            if (allowed(rule, target)) {
                continue;
            }
            found++;
            violations.add(
                    String.format("%s (%s) %s on %s: %s — %s", rule, n.get(1), target, page, n.get(3), n.get(4)));
        }
        System.out.printf("axe: %s checked in %d ms, %d serious or critical%n", page, ms, found);
    }

    private static boolean allowed(String rule, String target) {
        return ALLOWED.stream().anyMatch(a -> a[0].equals(rule) && target.contains(a[1]));
    }

    /** Fails with the list of what was found, if anything. */
    void assertNoViolations() {
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core found " + violations.size()
                    + " serious or critical accessibility violations (WCAG 2.1 AA):\n  "
                    + String.join("\n  ", violations));
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
