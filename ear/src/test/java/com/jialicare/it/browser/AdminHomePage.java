package com.jialicare.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The administrator's start page: accounts by role, locked and disabled ones, policy versions, the system. */
public class AdminHomePage extends AppPage<AdminHomePage> {

    AdminHomePage(WebDriver driver) {
        super(driver);
        PrimeFacesWaits.visible(driver, By.id("accounts-total"));
    }

    @Override
    protected AdminHomePage self() {
        return this;
    }

    /** A figure or a fact as shown, by its id: accounts-total, accounts-ADMIN, policy-current, system-build… */
    public String text(String id) {
        return driver.findElement(By.id(id)).getText().trim();
    }

    public long accounts(String role) {
        return Long.parseLong(text("accounts-" + role));
    }

    /** Follows the figure of disabled accounts to the accounts page. */
    public UsersPage openDisabled() {
        driver.findElement(By.id("accounts-disabled")).click();
        return new UsersPage(driver);
    }
}
