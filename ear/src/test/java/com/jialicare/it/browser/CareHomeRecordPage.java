package com.jialicare.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** One care home's page in the register: filing data, dated facts, beds, changes, corrections, history. */
public class CareHomeRecordPage extends AppPage<CareHomeRecordPage> {

    CareHomeRecordPage(WebDriver driver) {
        super(driver);
        PrimeFacesWaits.visible(driver, By.id("home-form:filing"));
    }

    @Override
    protected CareHomeRecordPage self() {
        return this;
    }

    public String filedBeds() {
        return driver.findElement(By.id("home-form:filedBeds")).getText();
    }

    /** A timeline's rows as "day value", oldest first: ownershipHistory, premisesHistory or filedBedsHistory. */
    public List<String> timeline(String tableId) {
        PrimeFacesWaits.ajax(driver);
        return driver.findElements(By.cssSelector("[id='home-form:" + tableId + "'] tbody tr")).stream()
                .map(tr -> tr.findElement(By.cssSelector(".effective-on")).getText() + " "
                        + tr.findElement(By.cssSelector(".entry-value")).getText())
                .toList();
    }

    /** Records a change of the filed capacity (the dialog's default kind). */
    public CareHomeRecordPage changeFiledBeds(String on, int beds) {
        PrimeFacesWaits.click(driver, By.id("home-form:record-change"));
        PrimeFacesWaits.visible(driver, By.id("change-form:filedBeds_input"));
        PrimeFacesWaits.type(driver, By.id("change-form:effectiveOn_input"), on);
        driver.findElement(By.id("change-form:effectiveOn_input")).sendKeys(Keys.TAB);
        PrimeFacesWaits.type(driver, By.id("change-form:filedBeds_input"), String.valueOf(beds));
        driver.findElement(By.id("change-form:filedBeds_input")).sendKeys(Keys.TAB);
        save(By.id("change-form:save"));
        PrimeFacesWaits.invisible(driver, By.id("change-dialog"));
        return this;
    }

    public CareHomeRecordPage openCorrection() {
        PrimeFacesWaits.click(driver, By.id("home-form:correct"));
        PrimeFacesWaits.visible(driver, By.id("correct-form:name"));
        return this;
    }

    /** Types the new name and the reason (empty: none) and saves; the dialog stays open if refused. */
    public CareHomeRecordPage correctName(String name, String reason) {
        type("correct-form:name", name);
        type("correct-form:reason", reason);
        save(By.id("correct-form:save"));
        return this;
    }

    /** The error shown next to a field of the correction dialog ("" when none). */
    public String correctionError(String field) {
        PrimeFacesWaits.ajax(driver);
        List<WebElement> m = driver.findElements(By.cssSelector("[id='correct-form:" + field + "'] ~ .ui-message"));
        if (m.isEmpty()) {
            m = driver.findElements(By.cssSelector("#correct-form .ui-message-error"));
        }
        return m.isEmpty() ? "" : m.get(0).getText();
    }

    public CareHomeRecordPage waitForCorrectionClosed() {
        PrimeFacesWaits.invisible(driver, By.id("correct-dialog"));
        return this;
    }

    /** The record history's rows as shown. */
    public List<String> history() {
        PrimeFacesWaits.ajax(driver);
        return driver.findElements(By.cssSelector("[id='history-form:careHomeHistory'] tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** A dialog's save button, brought into view first (a tall dialog scrolls inside the window). */
    private void save(By button) {
        PrimeFacesWaits.ajax(driver);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(button));
        PrimeFacesWaits.click(driver, button);
    }
}
