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
        ConfirmDialog.question(driver);
        jsClick("jiali-confirm-yes");
        PrimeFacesWaits.ajax(driver);
        PrimeFacesWaits.invisible(driver, By.id("stayfix-dialog"));
        return null;
    }

    /** Types a reason into the open "correct dates" dialog and saves and confirms. */
    public ResidentPage finishCorrection(String reason) {
        type("stayfix-form:reason", reason);
        jsClick("stayfix-form:save");
        ConfirmDialog.question(driver);
        jsClick("jiali-confirm-yes");
        PrimeFacesWaits.ajax(driver);
        PrimeFacesWaits.invisible(driver, By.id("stayfix-dialog"));
        return this;
    }

    /** Reopens a discharged stay (a discharge recorded by mistake), with a reason, confirmed. */
    public ResidentPage reopen(long stayId, String reason) {
        String fault = askReopen(stayId, reason);
        if (fault != null) {
            throw new AssertionError("refused before confirming: " + fault);
        }
        return confirm("reopen-dialog");
    }

    /**
     * Opens the reopen dialog (unless open), types the reason and saves: answers the fault shown beside the
     * reason (then no confirmation is asked), or null when the confirmation is asked.
     */
    public String askReopen(long stayId, String reason) {
        if (!driver.findElement(By.id("reopen-dialog")).isDisplayed()) {
            clickInStay(stayId, "reopen");
            PrimeFacesWaits.visible(driver, By.id("reopen-dialog"));
        }
        type("reopen-form:reopen-reason", reason);
        return saveAndAsk("reopen-form", "reopen-form:reopen-save");
    }

    /**
     * Opens the dialog that corrects the day of a move into another bed (unless open), writes the day into the
     * picker's input and the reason, and saves: answers the fault shown beside a field (no confirmation asked),
     * or null when the confirmation is asked.
     */
    public String askMove(long stayId, long occupancyId, String movedOn, String reason) {
        if (!driver.findElement(By.id("move-dialog")).isDisplayed()) {
            PrimeFacesWaits.click(
                    driver,
                    By.cssSelector(
                            "li[data-stay='" + stayId + "'] tr[data-occupancy='" + occupancyId + "'] [id$=':move']"));
            PrimeFacesWaits.ajax(driver);
            PrimeFacesWaits.visible(driver, By.id("move-dialog"));
        }
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "document.getElementById(arguments[0]).value = arguments[1];",
                        "move-form:moved-on_input",
                        movedOn);
        type("move-form:move-reason", reason);
        return saveAndAsk("move-form", "move-form:move-save");
    }

    /** The fault beside a field of the open move dialog (a refusal of the rules after confirming), or null. */
    public String moveFault() {
        return fault("move-form");
    }

    /** The question of the confirmation dialog, while it is open. */
    public String confirmation() {
        return ConfirmDialog.question(driver);
    }

    /** Says yes to the confirmation and waits for the dialog that asked to close (unless it shows a refusal). */
    public ResidentPage confirm(String dialogId) {
        jsClick("jiali-confirm-yes");
        PrimeFacesWaits.ajax(driver);
        if (fault(dialogId.replace("-dialog", "-form")) == null) {
            PrimeFacesWaits.invisible(driver, By.id(dialogId));
        }
        return this;
    }

    /** Whether the confirmation dialog is open. */
    public boolean confirmationOpen() {
        return ConfirmDialog.open(driver);
    }

    private String saveAndAsk(String form, String button) {
        jsClick(button);
        String fault = fault(form);
        if (fault != null) {
            return fault;
        }
        ConfirmDialog.question(driver);
        return null;
    }

    private String fault(String form) {
        var errors = driver.findElements(By.cssSelector("#" + form + " .ui-message-error"));
        return errors.isEmpty() ? null : errors.get(0).getText();
    }

    /** Opens the stay's history and answers its text. */
    public String history(long stayId) {
        clickInStay(stayId, "history");
        return PrimeFacesWaits.visible(driver, By.id("stay-history-dialog")).getText();
    }
}
