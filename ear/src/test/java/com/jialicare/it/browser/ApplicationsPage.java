package com.jialicare.it.browser;

import static com.jialicare.it.browser.PrimeFacesWaits.ajax;
import static com.jialicare.it.browser.PrimeFacesWaits.click;
import static com.jialicare.it.browser.PrimeFacesWaits.visible;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The care-home administrator's applications: the list, a new application, one opened, submitting it. */
public class ApplicationsPage {

    private final WebDriver driver;

    private ApplicationsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static ApplicationsPage open(WebDriver driver, String base) {
        driver.get(base + "app/care-home/applications.xhtml");
        visible(driver, By.id("apps:list"));
        ajax(driver);
        return new ApplicationsPage(driver);
    }

    /** Creates an operating-subsidy application for the months {@code from} to {@code to} (yyyy-MM); it opens. */
    public ApplicationsPage newOperating(String from, String to) {
        click(driver, By.id("apps:new"));
        visible(driver, By.id("newDialog"));
        PrimeFacesWaits.select(driver, "newApp:kind", "运营补贴");
        PrimeFacesWaits.type(driver, By.id("newApp:from_input"), from);
        PrimeFacesWaits.type(driver, By.id("newApp:to_input"), to);
        click(driver, By.id("newApp:create"));
        visible(driver, By.id("application:state"));
        return this;
    }

    /** Opens one application directly ({@code applications.xhtml?id=}). */
    public static ApplicationsPage openApplication(WebDriver driver, String base, long id) {
        driver.get(base + "app/care-home/applications.xhtml?id=" + id);
        visible(driver, By.id("application:state"));
        ajax(driver);
        return new ApplicationsPage(driver);
    }

    /** The latest return's reason at the top of the application, or "" when none is shown. */
    public String returnReason() {
        var found = driver.findElements(By.id("application:returnReason"));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    /** Amends a returned operating application's period through the amend dialog (months as yyyy-MM). */
    public ApplicationsPage amend(String from, String to) {
        click(driver, By.id("application:amend"));
        visible(driver, By.id("amendForm:amendFrom_input"));
        PrimeFacesWaits.type(driver, By.id("amendForm:amendFrom_input"), from);
        PrimeFacesWaits.type(driver, By.id("amendForm:amendTo_input"), to);
        click(driver, By.id("amendForm:confirm"));
        PrimeFacesWaits.invisible(driver, By.id("amendDlg"));
        PrimeFacesWaits.text(driver, By.id("application:period"), to);
        return this;
    }

    /** Submits after the confirmation and waits for the state's words ({@code 已提交} or {@code Submitted}). */
    public ApplicationsPage submit(String submittedWords) {
        askSubmit();
        ConfirmDialog.yes(driver);
        PrimeFacesWaits.text(driver, By.id("application:state"), submittedWords);
        return this;
    }

    /** Asks to submit the open application: answers the confirmation's question (naming period and amount). */
    public String askSubmit() {
        click(driver, By.id("application:submit"));
        PrimeFacesWaits.ajax(driver);
        return ConfirmDialog.question(driver);
    }

    /** The application's period as the header shows it. */
    public String period() {
        return driver.findElement(By.id("application:period")).getText();
    }

    public ApplicationsPage submit() {
        askSubmit();
        ConfirmDialog.yes(driver);
        PrimeFacesWaits.text(driver, By.id("application:state"), "已提交");
        return this;
    }

    public String state() {
        return driver.findElement(By.id("application:state")).getText();
    }

    public String total() {
        return driver.findElement(By.id("application:total")).getText();
    }

    public String revision() {
        return driver.findElement(By.id("application:revision")).getText();
    }

    public String applicationId() {
        return driver.findElement(By.id("application:applicationId")).getText();
    }

    public int lineCount() {
        return Integer.parseInt(driver.findElement(By.id("application:lines:eligibleCount"))
                        .getText())
                + Integer.parseInt(driver.findElement(By.id("application:lines:excludedCount"))
                        .getText());
    }

    /** The reason shown on the first line of the table, e.g. 入住未满政策规定的最短期限. */
    public String firstLineReason() {
        return driver.findElement(By.id("application:lines:table:0:reason")).getText();
    }

    public String xlsxHref() {
        return driver.findElement(By.id("application:xlsx")).getAttribute("href");
    }

    public String pdfHref() {
        return driver.findElement(By.id("application:pdf")).getAttribute("href");
    }

    /** What the browser gets when it follows an export link in this session: "status content-type". */
    public String fetch(String href) {
        return PrimeFacesWaits.fetch(driver, href);
    }
}
