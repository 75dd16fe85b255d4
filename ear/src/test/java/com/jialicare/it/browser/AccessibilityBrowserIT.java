package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.Deployments;
import jakarta.json.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue #16, item 11: the main pages of every role, in Chinese and English, have no serious or critical
 * accessibility violation by axe-core (WCAG 2.1 A and AA, see {@link Axe}); a person logs in and opens a dialog
 * with the keyboard alone, seeing where the focus is; the bed board at 200 % zoom loses nothing sideways.
 */
@DisplayName(
        "Browser: accessible to elders and to everyone — WCAG 2.1 AA by axe-core, keyboard, 200 % zoom (issue #16)")
class AccessibilityBrowserIT extends BrowserITBase {

    private static final String COUNTY = "511102";

    private long resident;
    private long application;
    private String homeAdmin;
    private String auditor;
    private String family;

    /** A home with two beds, one elder admitted, and a submitted operating application, through the API. */
    @BeforeEach
    void aHomeWithAnApplication() {
        var ids = city.admitted()
                .county(COUNTY)
                .homeFiled(LocalDate.of(2020, 1, 1), 10)
                .bed("K-1", LocalDate.of(2022, 1, 10))
                .resident(LocalDate.of(1950, 3, 1), 3, LocalDate.of(2023, 12, 1))
                .admittedOn(LocalDate.of(2024, 1, 1))
                .admit();
        city.bed(ids.home(), "K-2", LocalDate.of(2022, 1, 10));
        resident = ids.resident();
        homeAdmin = user("HOME_ADMIN", object().add("careHomeId", ids.home()));
        var home = admin.as(homeAdmin, PASSWORD);
        var created = home.post(
                "api/applications",
                object().add("careHomeId", ids.home())
                        .add("kind", "OPERATING")
                        .add("from", "2024-07")
                        .add("to", "2024-09")
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        application = created.id();
        var submitted = home.post("api/applications/" + application + "/submit");
        assertThat(submitted.status()).as(submitted.toString()).isBetween(200, 201);
        auditor = user("COUNTY_AUDITOR", object().add("countyCode", COUNTY));
        family = user(
                "FAMILY", object().add("residentIds", Json.createArrayBuilder().add(resident)));
    }

    @Test
    @DisplayName("the main pages of the home, the auditor, the family, the administrator and the public, in Chinese and"
            + " English: no serious or critical axe-core violation")
    void mainPagesOfEveryRole() {
        browser.axe().everyPage();
        List<String> expected = new ArrayList<>();
        loginPage(); // checked as every page is, not named below: its address is the application's root

        logIn(homeAdmin);
        expected.addAll(both(List.of(
                "app/care-home/index.xhtml",
                "app/care-home/beds.xhtml",
                "app/care-home/residents.xhtml",
                "app/care-home/resident.xhtml?id=" + resident,
                "app/care-home/applications.xhtml?id=" + application,
                "app/care-home/subsidy.xhtml")));
        logIn(auditor);
        expected.addAll(both(List.of(
                "app/audit/index.xhtml",
                "app/audit/application.xhtml?id=" + application,
                "app/audit/dashboard.xhtml",
                "app/registry/residents.xhtml")));
        logIn(family);
        expected.addAll(both(List.of("app/family/index.xhtml")));
        logIn("admin", Deployments.ADMIN_PASSWORD);
        expected.addAll(both(List.of("app/admin/index.xhtml", "app/admin/users.xhtml", "app/admin/policies.xhtml")));
        browser.logOut();
        expected.addAll(both(List.of("notice.xhtml")));

        assertThat(browser.axe().checkedPages()).containsAll(expected);
        assertThat(browser.axe().violations())
                .as("serious or critical violations")
                .isEmpty();
    }

    @Test
    @DisplayName("with the keyboard alone: log in, reach the register button (focus shown), open its dialog, close it;"
            + " the bed board at 200 % zoom keeps everything within the width")
    void keyboardAndZoom() {
        WebDriver driver = browser.driver();
        loginPage();
        tabTo(driver, "login:username");
        keys(driver, homeAdmin);
        tabTo(driver, "login:password");
        keys(driver, PASSWORD, Keys.ENTER);
        PrimeFacesWaits.visible(driver, By.id("page-title"));
        PrimeFacesWaits.ajax(driver);

        driver.get(base + "app/care-home/residents.xhtml");
        PrimeFacesWaits.visible(driver, By.id("page-title"));
        PrimeFacesWaits.ajax(driver);
        tabTo(driver, "residents-form:register");
        assertThat(js(
                        driver,
                        "var s = getComputedStyle(document.activeElement);"
                                + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2"
                                + " || s.boxShadow !== 'none';"))
                .as("the focused button shows its focus")
                .isEqualTo(true);
        keys(driver, Keys.ENTER);
        PrimeFacesWaits.visible(driver, By.id("register-dialog"));
        PrimeFacesWaits.until(driver)
                .until(d -> Boolean.TRUE.equals(
                        js(d, "return document.getElementById('register-dialog').contains(document.activeElement);")));
        keys(driver, Keys.ESCAPE);
        PrimeFacesWaits.invisible(driver, By.id("register-dialog"));

        // 200 %: a 1366-pixel-wide screen zoomed to 200 % shows 683 CSS pixels
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(683, before.getHeight()));
            driver.get(base + "app/care-home/beds.xhtml");
            PrimeFacesWaits.visible(driver, By.id("page-title"));
            PrimeFacesWaits.ajax(driver);
            Object overflow = js(
                    driver,
                    "var w = document.documentElement.clientWidth; var out = [];"
                            + " if (document.documentElement.scrollWidth > w + 1) out.push('page ' + document.documentElement.scrollWidth + ' > ' + w);"
                            + " document.querySelectorAll('.jiali-main *, .jiali-header *, .jiali-nav *').forEach(function (e) {"
                            + "  var r = e.getBoundingClientRect();"
                            + "  if (r.width > 0 && r.right > w + 1 && getComputedStyle(e).position !== 'fixed')"
                            + "   out.push((e.id || e.className || e.tagName) + ' ends at ' + Math.round(r.right));"
                            + " });"
                            + " return out.slice(0, 10).join('; ');");
            assertThat(overflow).as("content beyond the width at 200 %").isEqualTo("");
            browser.screenshot("beds-200-percent");
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Opens each page in Chinese, switches to English, opens each again; returns "path [language]" of each. */
    private List<String> both(List<String> paths) {
        List<String> seen = new ArrayList<>();
        for (String path : paths) {
            seen.add(visit(path, "zh-CN"));
        }
        WebDriver driver = browser.driver();
        driver.findElement(By.id("topbar:lang-en")).click();
        PrimeFacesWaits.until(driver).until(d -> "en".equals(js(d, "return document.documentElement.lang;")));
        for (String path : paths) {
            seen.add(visit(path, "en"));
        }
        return seen;
    }

    /** Opens the page, waits until it has settled (charts drawn, previews computed), which checks it. */
    private String visit(String path, String language) {
        WebDriver driver = browser.driver();
        driver.get(base + path);
        PrimeFacesWaits.visible(driver, By.id("page-title"));
        PrimeFacesWaits.until(driver)
                .until(
                        d -> Boolean.TRUE.equals(
                                js(
                                        d,
                                        "return !Array.prototype.some.call(document.querySelectorAll("
                                                + "'.ui-blockui-content, .jiali-computing'), function (e) { return e.offsetParent !== null; });")));
        PrimeFacesWaits.ajax(driver);
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return base.getPath() + p + " [" + language + "]";
    }

    private static Object js(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void keys(WebDriver driver, CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses TAB until the element with this id has the focus (at most 60 times). */
    private static void tabTo(WebDriver driver, String id) {
        for (int i = 0; i < 60; i++) {
            if (id.equals(js(driver, "return document.activeElement && document.activeElement.id;"))) {
                return;
            }
            keys(driver, Keys.TAB);
        }
        throw new AssertionError("TAB never reached #" + id);
    }
}
