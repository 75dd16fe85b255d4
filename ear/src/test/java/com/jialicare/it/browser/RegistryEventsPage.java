package com.jialicare.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The auditors' page of deaths and moves reported from outside: the list's import and the cases queue. */
class RegistryEventsPage extends AppPage<RegistryEventsPage> {

    RegistryEventsPage(WebDriver driver) {
        super(driver);
    }

    /** From any auditor's page, through the role's menu. */
    static RegistryEventsPage open(WebDriver driver) {
        PrimeFacesWaits.click(driver, By.id("nav-registry-events"));
        return new RegistryEventsPage(driver);
    }

    @Override
    protected RegistryEventsPage self() {
        return this;
    }

    /** Chooses an .xlsx file: it is uploaded at once and previewed (nothing stored yet). */
    public RegistryEventsPage chooseFile(java.nio.file.Path xlsx) {
        PrimeFacesWaits.importResult(
                driver,
                () -> driver.findElement(By.cssSelector("[id='registry-import'] input[type=file]"))
                        .sendKeys(xlsx.toAbsolutePath().toString()));
        return this;
    }

    /** Whether the preview offers to import the file (it found nothing wrong). */
    public boolean canCommit() {
        return !driver.findElements(By.id("registry-import:commit")).isEmpty();
    }

    /** Imports the previewed file. */
    public RegistryEventsPage commit() {
        PrimeFacesWaits.importResult(
                driver,
                () -> driver.findElement(By.id("registry-import:commit")).click());
        return this;
    }

    /** Chooses the file, and imports it when the preview allows. */
    public RegistryEventsPage importFile(java.nio.file.Path xlsx) {
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
        String href = driver.findElement(By.id("registry-import:template")).getAttribute("href");
        return PrimeFacesWaits.fetch(driver, href);
    }

    /** The errors as "row: column: reason". */
    public java.util.List<String> importErrors() {
        return driver.findElements(By.cssSelector("[id='registry-import:import-errors'] tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")))
                .filter(tds -> tds.size() >= 3)
                .map(tds -> tds.get(0).getText() + ": " + tds.get(1).getText() + ": "
                        + tds.get(2).getText())
                .toList();
    }

    /** The queue's row of a case, its cells' texts joined by " | "; empty if the case is not listed. */
    public String caseRow(long id) {
        return row(id).map(tr -> String.join(
                        " | ",
                        tr.findElements(By.tagName("td")).stream()
                                .map(WebElement::getText)
                                .toList()))
                .orElse("");
    }

    private java.util.Optional<WebElement> row(long id) {
        return driver.findElements(By.cssSelector("#cases\\:cases-table tbody tr")).stream()
                .filter(tr -> {
                    List<WebElement> tds = tr.findElements(By.tagName("td"));
                    return !tds.isEmpty() && tds.get(0).getText().strip().equals(String.valueOf(id));
                })
                .findFirst();
    }

    /** Shows every case (open and decided). */
    public RegistryEventsPage showAll(String label) {
        choose("cases:filter", label);
        return this;
    }

    /** Opens the decision dialog of a case, types the comment (may be empty), and dismisses or applies. */
    public RegistryEventsPage decide(long id, String comment, boolean dismiss) {
        closeMessages();
        WebElement button = row(id).orElseThrow().findElement(By.cssSelector("button[id$=':decide']"));
        button.click();
        PrimeFacesWaits.visible(driver, By.id("decide-form:comment"));
        PrimeFacesWaits.text(driver, By.id("decide-case"), String.valueOf(id));
        type("decide-form:comment", comment);
        driver.findElement(By.id(dismiss ? "decide-form:dismiss" : "decide-form:apply"))
                .click();
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    /** Closes the growl's messages (errors stay until closed, and may cover the queue's buttons). */
    public RegistryEventsPage closeMessages() {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.querySelectorAll('.ui-growl-item-container').forEach(function (m) {"
                        + " m.remove(); });");
        return this;
    }

    public boolean dialogOpen() {
        return driver.findElements(By.id("decide-dialog")).stream().anyMatch(WebElement::isDisplayed);
    }

    public RegistryEventsPage closeDialog() {
        driver.findElement(By.cssSelector("#decide-dialog .ui-dialog-titlebar-close"))
                .click();
        PrimeFacesWaits.invisible(driver, By.id("decide-dialog"));
        return this;
    }
}
