package com.jialicare.it.browser;

import static com.jialicare.it.browser.PrimeFacesWaits.click;
import static com.jialicare.it.browser.PrimeFacesWaits.visible;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The administrator's policy table: the versions and the form for the next one. */
public class PoliciesPage {

    private final WebDriver driver;

    private PoliciesPage(WebDriver driver) {
        this.driver = driver;
        visible(driver, By.id("versions:table"));
        PrimeFacesWaits.ajax(driver);
    }

    public static PoliciesPage open(WebDriver driver, String base) {
        driver.get(base + "app/admin/policies.xhtml");
        return new PoliciesPage(driver);
    }

    public String versionsTable() {
        return driver.findElement(By.id("versions:table")).getText();
    }

    /** Fills in the day and the monthly rate of level 2, adds the version; returns the growl's text. */
    public String add(String effectiveFrom, String rate2) {
        PrimeFacesWaits.type(driver, By.id("add:effectiveFrom_input"), effectiveFrom);
        PrimeFacesWaits.type(driver, By.id("add:rate2_input"), rate2);
        click(driver, By.id("add:save"));
        return PrimeFacesWaits.growl(driver);
    }
}
