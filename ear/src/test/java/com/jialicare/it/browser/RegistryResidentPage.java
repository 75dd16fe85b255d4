package com.jialicare.it.browser;

import static com.jialicare.it.browser.PrimeFacesWaits.click;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A resident's record on the registry's page (/app/registry/resident.xhtml): the correction of the ID number and
 * the merge of a duplicate registration (docs/RULES.md §8.2).
 */
public class RegistryResidentPage extends AppPage<RegistryResidentPage> {

    RegistryResidentPage(WebDriver driver) {
        super(driver);
        PrimeFacesWaits.visible(driver, By.id("identity"));
    }

    static RegistryResidentPage open(WebDriver driver, String base, long residentId) {
        driver.get(base + "app/registry/resident.xhtml?id=" + residentId);
        return new RegistryResidentPage(driver);
    }

    @Override
    protected RegistryResidentPage self() {
        return this;
    }

    public String identity() {
        return driver.findElement(By.id("identity")).getText();
    }

    /** The stays listed, by stay id. */
    public List<String> stays() {
        return driver.findElements(By.cssSelector("li.jiali-stay")).stream()
                .map(li -> li.getAttribute("data-stay"))
                .toList();
    }

    /** The record's history as shown (newest first), one text per entry. */
    public List<String> history() {
        PrimeFacesWaits.ajax(driver);
        return driver.findElements(By.cssSelector("[id='residentHistoryForm:residentHistory'] tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void openCorrection(String number, String reason) {
        click(driver, By.id("histories-form:correct"));
        PrimeFacesWaits.visible(driver, By.id("correct-dialog"));
        PrimeFacesWaits.visible(driver, By.id("correct-form:id-number"));
        type("correct-form:id-number", number);
        type("correct-form:reason", reason);
        click(driver, By.id("correct-form:save"));
    }

    /** Corrects the ID number, with a reason; the identity panel shows the new one. */
    public RegistryResidentPage correctIdNumber(String number, String reason) {
        openCorrection(number, reason);
        PrimeFacesWaits.invisible(driver, By.id("correct-dialog"));
        PrimeFacesWaits.text(driver, By.id("id-number"), number);
        return this;
    }

    /** Tries an ID number that is refused: returns the message next to the field, and closes the dialog. */
    public String correctIdNumberRefused(String number, String reason) {
        openCorrection(number, reason);
        By message = By.xpath(
                "//input[@id='correct-form:id-number']/following-sibling::*[contains(@class,'ui-message-error')]");
        String text = PrimeFacesWaits.visible(driver, message).getText();
        ((JavascriptExecutor) driver).executeScript("PF('correctDialog').hide()");
        PrimeFacesWaits.invisible(driver, By.id("correct-dialog"));
        return text;
    }

    /** Opens the merge dialog. */
    public RegistryResidentPage openMerge() {
        click(driver, By.id("merge-open-form:open"));
        PrimeFacesWaits.visible(driver, By.id("merge-form:query"));
        return this;
    }

    /** Searches for the other registration and picks it: the two are then shown side by side. */
    public String pickOther(String search, long otherId) {
        By row = By.cssSelector("tr.merge-candidate[data-id='" + otherId + "'] button");
        if (driver.findElements(row).isEmpty()) {
            PrimeFacesWaits.type(driver, By.id("merge-form:query"), search);
            PrimeFacesWaits.visible(driver, row);
        }
        click(driver, row);
        PrimeFacesWaits.until(driver)
                .until(d -> !d.findElements(By.cssSelector("#merge-compare .other-id"))
                                .isEmpty()
                        && d.findElement(By.id("merge-compare")).isDisplayed());
        return driver.findElement(By.id("merge-compare")).getText();
    }

    /** Gives the reason and asks to merge: answers the confirmation's question. */
    public String askToMerge(String reason) {
        type("merge-form:reason", reason);
        click(driver, By.id("merge-form:check"));
        return PrimeFacesWaits.visible(driver, By.id("merge-confirm-text")).getText();
    }

    /** Confirms a merge that is refused: answers the refusal shown in the dialog. */
    public String confirmMergeRefused() {
        click(driver, By.id("merge-form:confirm"));
        return PrimeFacesWaits.visible(driver, By.id("merge-form:merge-error-text"))
                .getText();
    }

    /** Confirms the merge: the dialog closes and the page shows the kept registration. */
    public RegistryResidentPage confirmMerge() {
        click(driver, By.id("merge-form:confirm"));
        PrimeFacesWaits.invisible(driver, By.id("merge-dialog"));
        return this;
    }
}
