package com.jialicare.it.browser;

import static com.jialicare.it.browser.PrimeFacesWaits.visible;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The city dashboard: occupancy per county, and the year's subsidy previews per county. */
public class CityDashboardPage {

    private final WebDriver driver;

    private CityDashboardPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the page and waits until the subsidy previews are computed (a whole city: give it time). */
    public static CityDashboardPage open(WebDriver driver, String base) {
        driver.get(base + "app/audit/dashboard.xhtml");
        visible(driver, By.cssSelector("#occupancyChart canvas"));
        PrimeFacesWaits.until(driver, Duration.ofSeconds(120))
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#subsidyForm\\:subsidyChart canvas")));
        PrimeFacesWaits.ajax(driver);
        PrimeFacesWaits.invisible(driver, By.cssSelector(".ui-blockui-content"));
        return new CityDashboardPage(driver);
    }

    public long totalBeds() {
        return Long.parseLong(driver.findElement(By.id("totalBeds")).getText());
    }

    public long totalOccupied() {
        return Long.parseLong(driver.findElement(By.id("totalOccupied")).getText());
    }

    public String occupancyTable() {
        return driver.findElement(By.id("occupancy")).getText();
    }

    public String subsidyTable() {
        return driver.findElement(By.id("subsidyForm:subsidyTable")).getText();
    }

    public String operatingTotal() {
        return driver.findElement(By.id("subsidyForm:operatingTotal")).getText();
    }

    // where the money stands (RULES.md §8.8): the pipeline and its drill-down county → homes → applications

    /** Chooses the year (the previews and the pipeline are computed again), unless it is chosen already. */
    public CityDashboardPage year(int year) {
        String chosen = driver.findElement(By.id("subsidyForm:year_label")).getText();
        if (!chosen.equals(String.valueOf(year))) {
            PrimeFacesWaits.select(driver, "subsidyForm:year", String.valueOf(year));
            PrimeFacesWaits.until(driver, Duration.ofSeconds(120))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("subsidyForm:pipelineCounties")));
            PrimeFacesWaits.invisible(driver, By.cssSelector(".ui-blockui-content"));
        }
        return this;
    }

    /** The pipeline's section: its title and introduction. */
    public String pipelineSection() {
        return visible(driver, By.id("subsidyForm:pipeline")).getText();
    }

    /** The counties' table (headers, a row per county, the city's total). */
    public String pipelineCounties() {
        return visible(driver, By.id("subsidyForm:pipelineCounties")).getText();
    }

    /** The row of the county named so, as text. */
    public String pipelineCountyRow(String countyName) {
        return row("subsidyForm:pipelineCounties", countyName);
    }

    /** Opens a county of the table: its homes. */
    public CityDashboardPage openCounty(String countyName) {
        link("subsidyForm:pipelineCounties", countyName).click();
        visible(driver, By.id("subsidyForm:pipelineHomes"));
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    public String pipelineHomesTitle() {
        return visible(driver, By.id("subsidyForm:pipelineHomesTitle")).getText();
    }

    /** The row of the home named so in the county's table, as text. */
    public String pipelineHomeRow(String homeName) {
        return row("subsidyForm:pipelineHomes", homeName);
    }

    /** Opens a home of the county: its applications of the year. */
    public CityDashboardPage openHome(String homeName) {
        link("subsidyForm:pipelineHomes", homeName).click();
        visible(driver, By.id("subsidyForm:pipelineApplications"));
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    public String pipelineHomeTitle() {
        return visible(driver, By.id("subsidyForm:pipelineHomeTitle")).getText();
    }

    /** The row of the application in the home's table, as text. */
    public String pipelineApplicationRow(long id) {
        return row("subsidyForm:pipelineApplications", String.valueOf(id));
    }

    /** Follows the application's link to its review page. */
    public ReviewPage openApplication(long id) {
        link("subsidyForm:pipelineApplications", String.valueOf(id)).click();
        return new ReviewPage(driver);
    }

    private WebElement link(String tableId, String text) {
        PrimeFacesWaits.ajax(driver);
        return visible(driver, By.id(tableId)).findElements(By.tagName("a")).stream()
                .filter(a -> a.getText().strip().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link '" + text + "' in " + tableId));
    }

    private String row(String tableId, String firstCell) {
        return visible(driver, By.id(tableId)).findElements(By.cssSelector("tbody tr")).stream()
                .filter(tr -> tr.findElement(By.tagName("td")).getText().strip().equals(firstCell))
                .findFirst()
                .map(WebElement::getText)
                .orElseThrow(() -> new AssertionError("no row '" + firstCell + "' in " + tableId));
    }
}
