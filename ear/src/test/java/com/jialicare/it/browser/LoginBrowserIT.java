package com.jialicare.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.Deployments;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Browser: logging in, in Chinese and in English")
class LoginBrowserIT extends BrowserITBase {

    @Test
    @DisplayName("the root URL shows the Chinese login page; the administrator lands on the administration page")
    void adminLogsIn() {
        LoginPage login = loginPage();
        assertThat(login.title()).contains("登录").contains("嘉利养老");

        HomePage home = login.logInAs("admin", Deployments.ADMIN_PASSWORD);

        assertThat(home.path()).isEqualTo("/app/admin/index.xhtml");
        assertThat(home.heading()).isEqualTo("系统管理");
        assertThat(home.currentUser()).contains("admin").contains("系统管理员");

        var session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session).as("the session cookie").isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
    }

    @Test
    @DisplayName("switched to English, the pages speak English")
    void english() {
        LoginPage login = loginPage().switchToEnglish();
        HomePage home = login.logInAs("admin", Deployments.ADMIN_PASSWORD);
        assertThat(home.heading()).isEqualTo("Administration");
        assertThat(home.currentUser()).contains("System administrator");
    }

    @Test
    @DisplayName("a wrong password keeps the user on the login page with a clear message")
    void wrongPassword() {
        LoginPage login = loginPage().logInExpectingFailure("admin", "not-the-password");
        assertThat(login.errorText()).contains("登录失败");
    }
}
