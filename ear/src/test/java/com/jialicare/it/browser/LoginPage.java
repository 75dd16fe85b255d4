package com.jialicare.it.browser;

import static com.jialicare.it.browser.PrimeFacesWaits.visible;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The login page, as a person sees it. */
public class LoginPage {

    private final WebDriver driver;

    LoginPage(WebDriver driver) {
        this.driver = driver;
    }

    public static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl);
        visible(driver, By.id("login:username"));
        PrimeFacesWaits.ajax(driver);
        return new LoginPage(driver);
    }

    public String title() {
        return driver.getTitle();
    }

    public LoginPage switchToEnglish() {
        driver.findElement(By.id("topbar:lang-en")).click();
        PrimeFacesWaits.until(driver)
                .until(ExpectedConditions.textToBe(By.cssSelector("#login-card .ui-card-title"), "Log in"));
        return this;
    }

    public HomePage logInAs(String username, String password) {
        fill(username, password);
        visible(driver, By.id("page-title"));
        return new HomePage(driver);
    }

    /** Logs in as a care home's administrator, who lands on the home's overview. */
    public CareHomePage logInToCareHome(String username, String password) {
        fill(username, password);
        return new CareHomePage(driver);
    }

    /** Logs in as the system administrator and opens the accounts page. */
    public UsersPage logInToUsers(String username, String password) {
        fill(username, password);
        visible(driver, By.id("nav-users")).click();
        return new UsersPage(driver);
    }

    public LoginPage logInExpectingFailure(String username, String password) {
        fill(username, password);
        visible(driver, By.cssSelector("#login\\:messages .ui-messages-error"));
        return this;
    }

    public String errorText() {
        return driver.findElement(By.cssSelector("#login\\:messages .ui-messages-error"))
                .getText();
    }

    private void fill(String username, String password) {
        driver.findElement(By.id("login:username")).clear();
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
    }
}
