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

    public ApplicationsPage submit() {
        click(driver, By.id("application:submit"));
        click(driver, By.id("confirmYes"));
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
