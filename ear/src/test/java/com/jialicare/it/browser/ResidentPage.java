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

    // --- corrections: stays ---

    /** Opens the record of a resident by its address. */
    static ResidentPage open(WebDriver driver, String base, long residentId) {
        driver.get(base + "app/care-home/resident.xhtml?id=" + residentId);
        return new ResidentPage(driver);
    }

    /** Clicks through script: a date picker's calendar, still fading out, must not take the click. */
    private void jsClick(String id) {
        PrimeFacesWaits.ajax(driver);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].click()", driver.findElement(By.id(id)));
        PrimeFacesWaits.ajax(driver);
    }

    /** The text of one stay of the timeline. */
    public String stay(long stayId) {
        return driver.findElement(By.cssSelector("li[data-stay='" + stayId + "']"))
                .getText();
    }

    private void clickInStay(long stayId, String buttonId) {
        PrimeFacesWaits.click(driver, By.cssSelector("li[data-stay='" + stayId + "'] [id$=':" + buttonId + "']"));
        PrimeFacesWaits.ajax(driver);
    }

    /**
     * Opens the stay's "correct dates" dialog, types the discharge day and the reason, and saves; the fields are
     * checked first: with a fault the dialog shows it beside the field and answers its text, else the user
     * confirms and the dialog closes (answers null).
     */
    public String correctDischarge(long stayId, String dischargedOn, String reason) {
        clickInStay(stayId, "correct");
        PrimeFacesWaits.visible(driver, By.id("stayfix-dialog"));
        String day = "stayfix-form:discharged-on_input";
        // the day written into the picker's input (what the form submits): keystrokes into the picker were
        // lost while its calendar overlay opened over the dialog (seen in English, where the overlay is wider)
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", day, dischargedOn);
        type("stayfix-form:reason", reason);
        jsClick("stayfix-form:save");
        var errors = driver.findElements(By.cssSelector("#stayfix-form .ui-message-error"));
        if (!errors.isEmpty()) {
            return errors.get(0).getText();
        }
        PrimeFacesWaits.visible(driver, By.id("stayfix-confirm"));
        jsClick("stayfix-yes");
        PrimeFacesWaits.ajax(driver);
        PrimeFacesWaits.invisible(driver, By.id("stayfix-dialog"));
        return null;
    }

    /** Types a reason into the open "correct dates" dialog and saves and confirms. */
    public ResidentPage finishCorrection(String reason) {
        type("stayfix-form:reason", reason);
        jsClick("stayfix-form:save");
        PrimeFacesWaits.visible(driver, By.id("stayfix-confirm"));
        jsClick("stayfix-yes");
        PrimeFacesWaits.ajax(driver);
        PrimeFacesWaits.invisible(driver, By.id("stayfix-dialog"));
        return this;
    }

    /** Reopens a discharged stay (a discharge recorded by mistake), with a reason, confirmed. */
    public ResidentPage reopen(long stayId, String reason) {
        clickInStay(stayId, "reopen");
        PrimeFacesWaits.visible(driver, By.id("reopen-dialog"));
        type("reopen-form:reopen-reason", reason);
        jsClick("reopen-form:reopen-save");
        PrimeFacesWaits.visible(driver, By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))
                .click();
        PrimeFacesWaits.ajax(driver);
        PrimeFacesWaits.invisible(driver, By.id("reopen-dialog"));
        return this;
    }

    /** Opens the stay's history and answers its text. */
    public String history(long stayId) {
        clickInStay(stayId, "history");
        return PrimeFacesWaits.visible(driver, By.id("stay-history-dialog")).getText();
    }
}
