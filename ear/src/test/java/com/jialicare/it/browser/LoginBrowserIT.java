package com.jialicare.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("Browser: logging in, in Chinese and in English")
class LoginBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    @DisplayName("the root URL shows the Chinese login page; the administrator lands on the administration page")
    void adminLogsIn() {
        LoginPage login = LoginPage.open(browser.driver(), base.toString());
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
        LoginPage login = LoginPage.open(browser.driver(), base.toString()).switchToEnglish();
        HomePage home = login.logInAs("admin", Deployments.ADMIN_PASSWORD);
        assertThat(home.heading()).isEqualTo("Administration");
        assertThat(home.currentUser()).contains("System administrator");
    }

    @Test
    @DisplayName("a wrong password keeps the user on the login page with a clear message")
    void wrongPassword() {
        LoginPage login = LoginPage.open(browser.driver(), base.toString())
                .logInExpectingFailure("admin", "not-the-password");
        assertThat(login.errorText()).contains("登录失败");
    }
}
