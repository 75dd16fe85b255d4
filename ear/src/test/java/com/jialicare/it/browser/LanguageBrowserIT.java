package com.jialicare.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue #16 items 9 and 10 in the browser: the language chosen survives logging out and in; a page asked for
 * before logging in is opened after it (if the role may); Back after logging out shows the login page, never a
 * form resubmission; a county auditor's dashboard is the county's; the administrator's start page shows the same
 * figures as {@code GET /api/system/overview} — in Chinese and in English.
 */
@DisplayName("Browser: one language at a time, the page asked for, Back after logout, the administrator's start page")
class LanguageBrowserIT extends BrowserITBase {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private String path(WebDriver driver) {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Back after logout: the login page again (asked anew, not from the cache), never Chrome's resubmission page. */
    private LoginPage backAfterLogout(WebDriver driver) {
        driver.navigate().back();
        PrimeFacesWaits.visible(driver, By.id("login:username"));
        assertThat(driver.getCurrentUrl()).doesNotStartWith("chrome-error");
        assertThat(path(driver)).endsWith("/login.xhtml");
        assertThat(driver.findElements(By.id("page-title")))
                .as("no page of the logged-out user")
                .isEmpty();
        return new LoginPage(driver);
    }

    private static String cardTitle(WebDriver driver) {
        return driver.findElement(By.cssSelector("#login-card .ui-card-title")).getText();
    }

    @Test
    @DisplayName("English survives logout and login; Back after logout (after a language switch) shows the login page")
    void englishSurvivesLogout() {
        WebDriver driver = logIn("admin", Deployments.ADMIN_PASSWORD);
        AdminHomePage home = new AdminHomePage(driver);
        assertThat(home.heading()).isEqualTo("系统管理");

        home = home.switchToEnglish(); // was a form post: Back after logout then asked to resubmit it
        assertThat(home.heading()).isEqualTo("Administration");
        assertThat(home.navigation()).noneMatch(t -> HAN.matcher(t).find());
        assertThat(driver.manage().getCookieNamed("jiali-lang").getValue()).isEqualTo("en");

        LoginPage login = home.logOut();
        assertThat(cardTitle(driver)).isEqualTo("Log in");
        assertThat(login.title()).contains("Jiali Care").doesNotContain("嘉利");

        backAfterLogout(driver);
        assertThat(cardTitle(driver)).isEqualTo("Log in");

        assertThat(new LoginPage(driver)
                        .logInAs("admin", Deployments.ADMIN_PASSWORD)
                        .heading())
                .isEqualTo("Administration");
    }

    @Test
    @DisplayName(
            "a deep link leads through the login to the page asked for; a county auditor's dashboard is the county's, in both languages")
    void deepLink() {
        String county = user("COUNTY_AUDITOR", Json.createObjectBuilder().add("countyCode", "511102"));
        WebDriver driver = browser.driver();

        driver.get(base + "app/audit/dashboard.xhtml?from=deep-link");
        PrimeFacesWaits.visible(driver, By.id("login:username"));
        assertThat(cardTitle(driver)).isEqualTo("登录");
        HomePage page = new LoginPage(driver).logInAs(county, PASSWORD);
        assertThat(page.path()).endsWith("/app/audit/dashboard.xhtml");
        assertThat(driver.getCurrentUrl()).endsWith("?from=deep-link");
        assertThat(page.heading()).isEqualTo("区县看板：市中区");
        assertThat(driver.findElement(By.id("nav-dashboard")).getText()).isEqualTo(page.heading());

        driver.findElement(By.id("topbar:lang-en")).click();
        PrimeFacesWaits.until(driver)
                .until(ExpectedConditions.textToBe(By.id("page-title"), "County dashboard: Shizhong District"));
        assertThat(driver.findElement(By.id("nav-dashboard")).getText())
                .isEqualTo("County dashboard: Shizhong District");
        assertThat(driver.getCurrentUrl()).as("the page's own address again").endsWith("?from=deep-link");

        // Back after logout, and a page of another role asked for: the role's start page instead
        driver.findElement(By.id("topbar:logout")).click();
        PrimeFacesWaits.visible(driver, By.id("login:username"));
        backAfterLogout(driver);
        driver.get(base + "app/admin/users.xhtml");
        PrimeFacesWaits.visible(driver, By.id("login:username"));
        assertThat(cardTitle(driver)).isEqualTo("Log in");
        assertThat(new LoginPage(driver).logInAs(county, PASSWORD).path()).endsWith("/app/audit/index.xhtml");
    }

    @Test
    @DisplayName(
            "the administrator's start page shows the overview's figures, in Chinese and in English; no open redirect")
    void adminStartPage() {
        WebDriver driver = browser.driver();
        // a login page asked to lead to another site leads to the start page
        driver.get(base + "login.xhtml?next=%2F%2Fevil.example%2Fapp%2Fadmin%2Findex.xhtml");
        HomePage start = new LoginPage(driver).logInAs("admin", Deployments.ADMIN_PASSWORD);
        assertThat(start.path()).endsWith("/app/admin/index.xhtml");
        assertThat(URI.create(driver.getCurrentUrl()).getHost()).isEqualTo(base.getHost());

        JsonObject o = admin.get("api/system/overview").json();
        AdminHomePage home = new AdminHomePage(driver);
        assertThat(home.text("accounts-total"))
                .isEqualTo(String.valueOf(o.getJsonNumber("accounts").longValue()));
        for (String role : o.getJsonObject("accountsByRole").keySet()) {
            assertThat(home.accounts(role))
                    .as(role)
                    .isEqualTo(o.getJsonObject("accountsByRole")
                            .getJsonNumber(role)
                            .longValue());
        }
        assertThat(home.text("accounts-disabled"))
                .isEqualTo(String.valueOf(o.getJsonNumber("disabled").longValue()));
        JsonObject current = o.getJsonObject("currentPolicy");
        assertThat(home.text("policy-current"))
                .isEqualTo("第 " + current.getInt("version") + " 版，" + current.getString("effectiveFrom") + " 起");
        assertThat(home.text("system-status")).startsWith("正常");
        assertThat(home.text("system-schema")).isEqualTo(o.getString("schemaVersion"));
        assertThat(home.text("system-build")).isEqualTo(o.getString("buildVersion"));
        assertThat(home.text("system-database")).isEqualTo(o.getString("databaseKind"));
        assertThat(driver.getPageSource()).doesNotContain("grows with").doesNotContain("逐步完善");

        home = home.switchToEnglish();
        assertThat(home.text("policy-current"))
                .isEqualTo("Version " + current.getInt("version") + " from " + current.getString("effectiveFrom"));
        assertThat(home.text("system-status")).startsWith("Up");
        assertThat(driver.findElement(By.id("accounts")).getText())
                .contains("All accounts", "System administrator", "Disabled");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContainPattern(HAN);

        UsersPage users = home.openDisabled();
        assertThat(users.heading()).isNotBlank();
        assertThat(path(driver)).endsWith("/app/admin/users.xhtml");
    }
}
