package com.jialicare.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "Change my password" (issue #14 item 7), for every user, from the link in the header. */
public class PasswordPage extends AppPage<PasswordPage> {

    PasswordPage(WebDriver driver) {
        super(driver);
        PrimeFacesWaits.visible(driver, By.id("password-form:save"));
    }

    /** Opens the page from the header's link. */
    static PasswordPage open(WebDriver driver) {
        driver.findElement(By.id("topbar:change-password")).click();
        return new PasswordPage(driver);
    }

    @Override
    protected PasswordPage self() {
        return this;
    }

    /** Changes the password; the browser then shows the role's start page. */
    public HomePage change(String current, String newPassword) {
        type("password-form:current", current);
        type("password-form:new", newPassword);
        type("password-form:repeat", newPassword);
        driver.findElement(By.id("password-form:save")).click();
        PrimeFacesWaits.until(driver).until(d -> !d.getCurrentUrl().contains("/app/account/password"));
        PrimeFacesWaits.visible(driver, By.id("page-title"));
        return new HomePage(driver);
    }
}
