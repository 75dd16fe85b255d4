package com.jialicare.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The care homes' register: the list, its search, and the "file a new care home" dialog. */
public class CareHomesPage extends AppPage<CareHomesPage> {

    CareHomesPage(WebDriver driver) {
        super(driver);
        PrimeFacesWaits.visible(driver, By.id("homes-form:homes"));
    }

    @Override
    protected CareHomesPage self() {
        return this;
    }

    /** From any page of the administrator or an auditor: the navigation's "care homes". */
    static CareHomesPage openFromNavigation(WebDriver driver) {
        PrimeFacesWaits.click(driver, By.id("nav-care-homes"));
        return new CareHomesPage(driver);
    }

    public CareHomesPage search(String text) {
        WebElement q = driver.findElement(By.id("homes-form:query"));
        q.clear();
        q.sendKeys(text);
        PrimeFacesWaits.until(driver)
                .until(d -> names().size() <= 1 && names().stream().allMatch(n -> n.equals(text)));
        return this;
    }

    /** The homes' names as listed. */
    public List<String> names() {
        PrimeFacesWaits.ajax(driver);
        return driver.findElements(By.cssSelector("#homes-form\\:homes a.home-name")).stream()
                .map(WebElement::getText)
                .toList();
    }

    public CareHomesPage openFile() {
        PrimeFacesWaits.click(driver, By.id("homes-form:file"));
        PrimeFacesWaits.visible(driver, By.id("file-form:name"));
        return this;
    }

    /** Fills the filing dialog (ownership by its label; the county is the auditor's) and saves it. */
    public CareHomesPage file(String name, String creditCode, String ownershipLabel, String filedOn, int beds) {
        type("file-form:name", name);
        type("file-form:creditCode", creditCode);
        PrimeFacesWaits.select(driver, "file-form:ownership", ownershipLabel);
        PrimeFacesWaits.type(driver, By.id("file-form:filedOn_input"), filedOn);
        driver.findElement(By.id("file-form:filedOn_input")).sendKeys(Keys.TAB);
        PrimeFacesWaits.type(driver, By.id("file-form:filedBeds_input"), String.valueOf(beds));
        driver.findElement(By.id("file-form:filedBeds_input")).sendKeys(Keys.TAB);
        save(By.id("file-form:save"));
        PrimeFacesWaits.invisible(driver, By.id("file-dialog"));
        return this;
    }

    public CareHomeRecordPage open(String name) {
        PrimeFacesWaits.click(driver, By.linkText(name));
        return new CareHomeRecordPage(driver);
    }

    /** A dialog's save button, brought into view first (a tall dialog scrolls inside the window). */
    private void save(By button) {
        PrimeFacesWaits.ajax(driver);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(button));
        PrimeFacesWaits.click(driver, button);
    }
}
