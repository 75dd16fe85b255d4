package com.jialicare.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.City;
import com.jialicare.it.support.Deployments;
import com.jialicare.it.support.TestData;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * What every browser test has in common: the real EAR deployed by Arquillian (tests run as a client, over
 * HTTP), its base URL, a headless Chromium that is closed after each test and photographs the page of a
 * failing one ({@link Browser}), the REST API as the first administrator, and logging in on the login page.
 * Subclasses add their {@code @DisplayName} and tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserITBase {

    /** The password of the accounts the browser tests create. */
    protected static final String PASSWORD = "secret-pass-1";

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @ArquillianResource
    protected URL base;

    @RegisterExtension
    final Browser browser = new Browser();

    /** The REST API as the first administrator, for the data a test sets up (fresh for every test). */
    protected ApiClient admin;

    /** Files care homes, beds, residents and stays through {@link #admin}. */
    protected City city;

    @BeforeEach
    void connectApiAsAdministrator() {
        admin = ApiClient.anonymous(base).as("admin", Deployments.ADMIN_PASSWORD);
        city = new City(admin);
    }

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
        var r = admin.post("api/users", scope.add("username", name).add("password", PASSWORD).add("role", role)
                .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return name;
    }
}
