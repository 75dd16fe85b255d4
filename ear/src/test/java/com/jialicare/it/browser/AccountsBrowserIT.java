package com.jialicare.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.Deployments;
import com.jialicare.it.support.TestData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Account management in the browser (issue #14 item 7), in Chinese and English: the administrator disables an
 * account, and that user's session, open in another browser, is refused on its next click (and its API calls
 * too); a user changes their own password and logs in with the new one.
 */
@DisplayName("Browser: account management ends sessions at once; users change their own password")
class AccountsBrowserIT extends BrowserITBase {

    /** Sorts before every other account: on the list's first page. */
    private static final String FIRST = "aa-acct-";

    /** The user's own browser, beside the administrator's. */
    @RegisterExtension
    final Browser userBrowser = new Browser();

    private String account() {
        String name = TestData.name(FIRST);
        var r = admin.post(
                "api/users",
                ApiClient.object()
                        .add("username", name)
                        .add("password", PASSWORD)
                        .add("role", "CITY_AUDITOR")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return name;
    }

    private LoginPage login(WebDriver driver, String language) {
        LoginPage page = LoginPage.open(driver, base.toString());
        return "en".equals(language) ? page.switchToEnglish() : page;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "en"})
    @DisplayName("disabling an account ends its open session on the next click, and refuses its API calls at once")
    void disableEndsTheOpenSession(String language) {
        boolean zh = "zh".equals(language);
        String name = account();
        ApiClient api = admin.as(name, PASSWORD);
        assertThat(api.get("api/me").status()).isEqualTo(200); // a login remembered from here on

        WebDriver user = userBrowser.driver();
        login(user, language).logInAs(name, PASSWORD);
        assertThat(user.findElement(By.id("current-user")).getText()).contains(name);

        LoginPage adminLogin = login(browser.driver(), language);
        UsersPage users = adminLogin.logInToUsers("admin", Deployments.ADMIN_PASSWORD);
        assertThat(users.state(name)).isEqualTo(zh ? "正常" : "Active");
        String question = users.act(name, "disable");
        assertThat(question).contains(name);
        browser.screenshot("AccountsBrowserIT-disabled-" + language);
        PrimeFacesWaits.until(browser.driver()).until(d -> users.state(name).equals(zh ? "已停用" : "Disabled"));

        // the user's next click: back to the login page, which says why
        user.findElement(By.id("nav-dashboard")).click();
        PrimeFacesWaits.visible(user, By.id("login:username"));
        assertThat(PrimeFacesWaits.visible(user, By.id("login:session-ended")).getText())
                .contains(zh ? "您已被退出登录" : "You were logged out");
        userBrowser.screenshot("AccountsBrowserIT-session-ended-" + language);
        assertThat(api.sendingInvalid().get("api/me").status()).isEqualTo(401);

        // enabled again: logs in again
        users.act(name, "enable");
        assertThat(api.get("api/me").status()).isEqualTo(200);
        new LoginPage(user).logInAs(name, PASSWORD);
        assertThat(user.findElement(By.id("current-user")).getText()).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "en"})
    @DisplayName("a user changes their own password, stays logged in, and logs in with the new one")
    void changesOwnPassword(String language) {
        boolean zh = "zh".equals(language);
        String name = account();
        WebDriver driver = browser.driver();
        login(driver, language).logInAs(name, PASSWORD);

        PasswordPage page = PasswordPage.open(driver);
        assertThat(page.heading()).isEqualTo(zh ? "修改我的密码" : "Change my password");
        page.change(PASSWORD, "brand-new-pass-2");
        assertThat(PrimeFacesWaits.growl(driver)).contains(zh ? "密码已修改" : "Your password was changed");
        // still logged in: the next page opens
        driver.findElement(By.id("nav-dashboard")).click();
        PrimeFacesWaits.visible(driver, By.id("page-title"));
        assertThat(driver.findElements(By.id("login:username"))).isEmpty();

        driver.findElement(By.id("topbar:logout")).click();
        PrimeFacesWaits.visible(driver, By.id("login:username"));
        new LoginPage(driver).logInExpectingFailure(name, PASSWORD);
        new LoginPage(driver).logInAs(name, "brand-new-pass-2");
        assertThat(driver.findElement(By.id("current-user")).getText()).contains(name);
        assertThat(admin.as(name, "brand-new-pass-2").get("api/me").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "en"})
    @DisplayName("a reset shows the one-time password once; it logs in only to the forced change of password")
    void resetForcesTheChange(String language) {
        boolean zh = "zh".equals(language);
        String name = account();
        UsersPage users = login(browser.driver(), language).logInToUsers("admin", Deployments.ADMIN_PASSWORD);
        assertThat(users.act(name, "reset")).contains(name);
        String oneTime = users.oneTimePassword();
        assertThat(oneTime).hasSize(12);
        browser.screenshot("AccountsBrowserIT-one-time-" + language);

        WebDriver user = userBrowser.driver();
        login(user, language).logInExpectingFailure(name, PASSWORD);
        new LoginPage(user).logInAs(name, oneTime);
        assertThat(user.getCurrentUrl()).contains("/app/account/password");
        assertThat(user.findElement(By.id("password-required")).getText())
                .contains(zh ? "请先修改密码" : "Change your password first");
        // any other page waits for the change
        user.findElement(By.id("nav-dashboard")).click();
        PrimeFacesWaits.visible(user, By.id("password-form:save"));
        assertThat(user.getCurrentUrl()).contains("/app/account/password");
        assertThat(admin.as(name, oneTime)
                        .sendingInvalid()
                        .get("api/audit?entityType=User&entityId=1")
                        .code())
                .isEqualTo("PASSWORD_CHANGE_REQUIRED");

        new PasswordPage(user).change(oneTime, "brand-new-pass-3");
        assertThat(user.getCurrentUrl()).doesNotContain("/app/account/password");
        assertThat(user.findElements(By.id("password-required"))).isEmpty();
        assertThat(admin.as(name, "brand-new-pass-3").get("api/me").status()).isEqualTo(200);
    }

    private long elder(String name) {
        var r = admin.post(
                "api/residents",
                ApiClient.object()
                        .add("name", name)
                        .add("idNumber", TestData.idNumber(java.time.LocalDate.of(1941, 3, 4), false))
                        .add("hukouCode", "511102")
                        .add("stateSupported", false)
                        .add("careLevel", 1)
                        .add("assessedOn", "2024-01-10")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "en"})
    @DisplayName("a family account's elders are shown and edited by name; the new scope applies at once")
    void editsFamilyScope(String language) {
        String first = TestData.name("王秀英");
        String second = TestData.name("李桂芳");
        long firstId = elder(first);
        long secondId = elder(second);
        String name = TestData.name(FIRST + "family-");
        var created = admin.post(
                "api/users",
                ApiClient.object()
                        .add("username", name)
                        .add("password", PASSWORD)
                        .add("role", "FAMILY")
                        .add(
                                "residentIds",
                                jakarta.json.Json.createArrayBuilder().add(firstId))
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        ApiClient family = admin.as(name, PASSWORD);
        assertThat(family.get("api/me").body()).contains(String.valueOf(firstId));

        UsersPage users = login(browser.driver(), language).logInToUsers("admin", Deployments.ADMIN_PASSWORD);
        assertThat(users.tableText()).contains(first);
        users.edit(name);
        assertThat(users.linkedResidents()).contains(first);
        users.linkResident(second);
        browser.screenshot("AccountsBrowserIT-family-scope-" + language);
        assertThat(users.saveScope()).contains(name);
        PrimeFacesWaits.until(browser.driver()).until(d -> users.tableText().contains(second));
        assertThat(users.tableText()).contains(first).contains(second);

        String me = family.get("api/me").body();
        assertThat(me).contains(String.valueOf(firstId)).contains(String.valueOf(secondId));
    }
}
