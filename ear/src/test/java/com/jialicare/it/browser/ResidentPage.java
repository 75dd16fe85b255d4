package com.jialicare.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/** A resident's record: identity, assessments, stays with their beds and absences. */
public class ResidentPage extends AppPage<ResidentPage> {

    ResidentPage(WebDriver driver) {
        super(driver);
    }

    @Override
    protected ResidentPage self() {
        return this;
    }

    public String identity() {
        return driver.findElement(By.id("identity")).getText();
    }

    public String stays() {
        return driver.findElement(By.id("stays")).getText();
    }

    /** Records an absence of that kind from today (the default) until the day given, typed as yyyy-MM-dd. */
    public ResidentPage recordAbsence(String kindLabel, String until) {
        driver.findElement(By.id("stays-form:absence")).click();
        PrimeFacesWaits.ajax(driver);
        PrimeFacesWaits.visible(driver, By.id("absence-dialog"));
        choose("absence-form:kind", kindLabel);
        type("absence-form:until_input", until);
        driver.findElement(By.id("absence-form:until_input")).sendKeys(Keys.TAB);
        driver.findElement(By.id("absence-form:save")).click();
        PrimeFacesWaits.ajax(driver);
        PrimeFacesWaits.invisible(driver, By.id("absence-dialog"));
        return this;
    }
}
