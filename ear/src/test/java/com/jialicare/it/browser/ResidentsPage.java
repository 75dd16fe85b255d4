package com.jialicare.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The residents list and its "register resident" dialog. */
public class ResidentsPage extends AppPage<ResidentsPage> {

    private static final By DIALOG = By.id("register-dialog");
    private static final By ID_CHECK = By.id("register-form:id-check");

    ResidentsPage(WebDriver driver) {
        super(driver);
        PrimeFacesWaits.visible(driver, By.id("residents-form:residents"));
    }

    @Override
    protected ResidentsPage self() {
        return this;
    }

    /** The names in the table's current page. */
    public List<String> names() {
        return driver.findElements(By.cssSelector("[id='residents-form:residents'] a.resident-name")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The table as text (masked ID numbers, levels…). */
    public String tableText() {
        return driver.findElement(By.id("residents-form:residents")).getText();
    }

    /** Shows everyone the home registered or housed, not only the people living here now. */
    public ResidentsPage showAll() {
        driver.findElements(By.cssSelector("[id='residents-form:scope'] .ui-button"))
                .get(1)
                .click();
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    public ResidentsPage filter(String query) {
        WebElement input = driver.findElement(By.id("residents-form:query"));
        input.clear();
        input.sendKeys(query);
        PrimeFacesWaits.until(driver).until(d -> names().stream().allMatch(n -> n.contains(query)));
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    public ResidentsPage openRegister() {
        driver.findElement(By.id("residents-form:register")).click();
        PrimeFacesWaits.ajax(driver);
        PrimeFacesWaits.visible(driver, DIALOG);
        return this;
    }

    public ResidentsPage name(String name) {
        type("register-form:name", name);
        return this;
    }

    /** Types the ID number and waits for the check beside it to answer. */
    public ResidentsPage idNumber(String idNumber) {
        String before = idCheck();
        type("register-form:id-number", idNumber);
        PrimeFacesWaits.until(driver)
                .until(d -> !idCheck().isEmpty() && !idCheck().equals(before));
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    /** What the check beside the ID number says: birth date and sex, or the error. */
    public String idCheck() {
        return driver.findElement(ID_CHECK).getText().trim();
    }

    public boolean idCheckIsError() {
        return !driver.findElements(By.id("register-form:id-error")).isEmpty();
    }

    public ResidentsPage hukou(String code) {
        type("register-form:hukou", code);
        return this;
    }

    /** Chooses the capability level 0–4 in the PrimeFaces menu. */
    public ResidentsPage level(int level) {
        choose("register-form:level", level + " ");
        return this;
    }

    /** Saves and waits for the dialog to close (registered) or for the refusal message. */
    public ResidentsPage save() {
        driver.findElement(By.id("register-form:save")).click();
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    public ResidentsPage waitForDialogClosed() {
        PrimeFacesWaits.invisible(driver, DIALOG);
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    /** Chooses an .xlsx file: it is uploaded at once and previewed (nothing stored yet). */
    public ResidentsPage chooseFile(java.nio.file.Path xlsx) {
        PrimeFacesWaits.importResult(
                driver,
                () -> driver.findElement(By.cssSelector("[id='import-form'] input[type=file]"))
                        .sendKeys(xlsx.toAbsolutePath().toString()));
        return this;
    }

    /** Whether the preview offers to import the file (it found nothing wrong). */
    public boolean canCommit() {
        return !driver.findElements(By.id("import-form:commit")).isEmpty();
    }

    /** Imports the previewed file. */
    public ResidentsPage commit() {
        PrimeFacesWaits.importResult(
                driver, () -> driver.findElement(By.id("import-form:commit")).click());
        return this;
    }

    /** Chooses the file, and imports it when the preview allows. */
    public ResidentsPage importFile(java.nio.file.Path xlsx) {
        chooseFile(xlsx);
        return canCommit() ? commit() : this;
    }

    public String importSummary() {
        return driver.findElement(By.id("import-summary")).getText();
    }

    /** Whether the result is styled as an error. */
    public boolean importFailed() {
        return driver.findElement(By.id("import-summary")).getAttribute("class").contains("error");
    }

    /** The template link's target as this browser session fetches it: "status content-type". */
    public String templateFetched() {
        String href = driver.findElement(By.id("import-form:template")).getAttribute("href");
        return PrimeFacesWaits.fetch(driver, href);
    }

    /** The errors as "row: column: reason". */
    public java.util.List<String> importErrors() {
        return driver.findElements(By.cssSelector("[id='import-form:import-errors'] tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")))
                .filter(tds -> tds.size() >= 3)
                .map(tds -> tds.get(0).getText() + ": " + tds.get(1).getText() + ": "
                        + tds.get(2).getText())
                .toList();
    }

    /** The list's table, read by its column headers. */
    public ListTable table() {
        return new ListTable(driver, "residents-form:residents");
    }

    /** Types a search (a name, or what a masked ID number shows) and waits until the table satisfies the condition. */
    public ResidentsPage search(String query, java.util.function.Predicate<ListTable> until) {
        WebElement input = driver.findElement(By.id("residents-form:query"));
        input.clear();
        input.sendKeys(query);
        table().until(until);
        return this;
    }
}
