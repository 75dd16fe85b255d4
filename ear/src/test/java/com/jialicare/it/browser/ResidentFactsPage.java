package com.jialicare.it.browser;

import static com.jialicare.it.browser.PrimeFacesWaits.click;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A resident's record as the changes and corrections use it (docs/RULES.md §8.1–8.2): timelines and dialogs. */
public class ResidentFactsPage extends AppPage<ResidentFactsPage> {

    ResidentFactsPage(WebDriver driver) {
        super(driver);
    }

    static ResidentFactsPage open(WebDriver driver, String base, long residentId) {
        driver.get(base + "app/care-home/resident.xhtml?id=" + residentId);
        return new ResidentFactsPage(driver);
    }

    @Override
    protected ResidentFactsPage self() {
        return this;
    }

    /** Switches to English: the heading is the resident's name, so waits for a panel's header instead. */
    @Override
    public ResidentFactsPage switchToEnglish() {
        driver.findElement(By.id("topbar:lang-en")).click();
        PrimeFacesWaits.text(driver, By.id("histories"), "Hukou and state support over time");
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    public String identity() {
        return driver.findElement(By.id("identity")).getText();
    }

    /** The rows of the hukou ("hukou-entry") or state-support ("state-support-entry") timeline, as shown. */
    public List<String> timeline(String rowClass) {
        return driver.findElements(By.cssSelector("tr." + rowClass)).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Whether the row of that day is struck through (withdrawn). */
    public boolean withdrawn(String rowClass, String day) {
        return !driver.findElements(By.cssSelector("tr." + rowClass + ".jiali-withdrawn[data-on='" + day + "']"))
                .isEmpty();
    }

    /** Corrects the name, with a reason. */
    public ResidentFactsPage correctName(String name, String reason) {
        // (the heading is redrawn with the corrected name)
        click(driver, By.id("histories-form:correct"));
        PrimeFacesWaits.visible(driver, By.id("correct-dialog"));
        type("correct-form:name", name);
        type("correct-form:reason", reason);
        click(driver, By.id("correct-form:save"));
        PrimeFacesWaits.invisible(driver, By.id("correct-dialog"));
        PrimeFacesWaits.text(driver, By.id("page-title"), name);
        return this;
    }

    /** Opens the entry dialog of the row of that day and saves a new hukou code for it, with a reason. */
    public ResidentFactsPage correctHukouEntry(String day, String code, String reason) {
        click(driver, By.cssSelector("tr.hukou-entry[data-on='" + day + "'] button"));
        PrimeFacesWaits.visible(driver, By.id("entry-dialog"));
        PrimeFacesWaits.visible(driver, By.id("entry-form:entry-hukou-code"));
        type("entry-form:entry-hukou-code", code);
        type("entry-form:entry-reason", reason);
        click(driver, By.id("entry-form:save"));
        PrimeFacesWaits.invisible(driver, By.id("entry-dialog"));
        return this;
    }

    /** Withdraws the state-support entry of that day without a reason: refused, the dialog stays open. */
    public String withdrawStateSupportWithoutReason(String day) {
        click(driver, By.cssSelector("tr.state-support-entry[data-on='" + day + "'] button"));
        PrimeFacesWaits.visible(driver, By.id("entry-dialog"));
        PrimeFacesWaits.visible(driver, By.id("entry-form:entry-reason"));
        type("entry-form:entry-reason", "");
        click(driver, By.id("entry-form:withdraw"));
        // the refusal is shown next to the reason
        By message = By.cssSelector("[id='entry-form:entry-reason'] ~ .ui-message, .ui-message-error");
        String text = PrimeFacesWaits.visible(driver, message).getText();
        driver.findElement(By.id("entry-form:entry-reason")).sendKeys(Keys.ESCAPE);
        ((JavascriptExecutor) driver).executeScript("PF('entryDialog').hide()");
        PrimeFacesWaits.invisible(driver, By.id("entry-dialog"));
        return text;
    }

    /** Records that the resident is state-supported from that day on (yyyy-MM-dd). */
    public ResidentFactsPage recordStateSupportFrom(String day) {
        click(driver, By.id("histories-form:record-change"));
        PrimeFacesWaits.visible(driver, By.id("change-dialog"));
        // the day first, written into the picker's input (what the form submits): keystrokes into the picker
        // were lost now and then while its overlay opened
        ((JavascriptExecutor) driver)
                .executeScript(
                        "document.getElementById(arguments[0]).value = arguments[1];",
                        "change-form:effective-on_input",
                        day);
        // the second choice of the radio: state support; its value fields are redrawn
        List<WebElement> boxes = driver.findElements(By.cssSelector("[id='change-form:kind'] .ui-radiobutton-box"));
        boxes.get(1).click();
        PrimeFacesWaits.ajax(driver);
        WebElement box =
                PrimeFacesWaits.visible(driver, By.cssSelector("[id='change-form:state-supported'] .ui-chkbox-box"));
        if (!box.getAttribute("class").contains("ui-state-active")) {
            box.click();
        }
        click(driver, By.id("change-form:save"));
        PrimeFacesWaits.invisible(driver, By.id("change-dialog"));
        return this;
    }
}
