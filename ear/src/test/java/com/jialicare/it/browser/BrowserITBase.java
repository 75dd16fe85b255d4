package com.jialicare.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.ApiITBase;
import com.jialicare.it.support.TestData;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * What every browser test has in common: what every integration test has ({@link ApiITBase}: the deployed
 * EAR, its base URL, the REST API as the first administrator), a headless Chromium that is closed after
 * each test and photographs the page of a failing one ({@link Browser}), and logging in on the login page.
 * Subclasses add their {@code @DisplayName} and tests.
 */
abstract class BrowserITBase extends ApiITBase {

    /** The password of the accounts the browser tests create. */
    protected static final String PASSWORD = "secret-pass-1";

    @RegisterExtension
    final Browser browser = new Browser();

    /** Opens the application's root URL: the login page (in Chinese unless switched). */
    protected LoginPage loginPage() {
        return LoginPage.open(browser.driver(), base.toString());
    }

    /** {@link #logIn(String, String)} with {@link #PASSWORD}, the password of the accounts the tests create. */
    protected WebDriver logIn(String username) {
        return logIn(username, PASSWORD);
    }

    /** Forgets any session, then logs in on the login page; returns the browser, on the role's start page. */
    protected WebDriver logIn(String username, String password) {
        browser.logOut();
        loginPage().logInAs(username, password);
        return browser.driver();
    }

    /**
     * Creates an account through the API (as the administrator, with {@link #PASSWORD} and the given scope,
     * e.g. {@code careHomeId}) and returns its user name.
     */
    protected String user(String role, JsonObjectBuilder scope) {
        String name = TestData.name(role.toLowerCase().replace('_', '-') + "-ui-");
        var r = admin.post(
                "api/users",
                scope.add("username", name)
                        .add("password", PASSWORD)
                        .add("role", role)
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return name;
    }
}
