package com.jialicare.it.browser;

import static com.jialicare.it.browser.PrimeFacesWaits.visible;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
}
