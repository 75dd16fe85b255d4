package com.jialicare.it.browser;

import static com.jialicare.it.browser.PrimeFacesWaits.click;
import static com.jialicare.it.browser.PrimeFacesWaits.visible;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The care home's subsidy preview: operating and construction tabs, totals, filters, lines. */
public class SubsidyPreviewPage {

    private final WebDriver driver;

    private SubsidyPreviewPage(WebDriver driver) {
        this.driver = driver;
        visible(driver, By.id("preview:tabs"));
        PrimeFacesWaits.ajax(driver);
    }

    public static SubsidyPreviewPage open(WebDriver driver, String base) {
        driver.get(base + "app/care-home/subsidy.xhtml");
        return new SubsidyPreviewPage(driver);
    }

    public SubsidyPreviewPage operating(String from, String to) {
        PrimeFacesWaits.type(driver, By.id("preview:tabs:from_input"), from);
        PrimeFacesWaits.type(driver, By.id("preview:tabs:to_input"), to);
        click(driver, By.id("preview:tabs:computeOperating"));
        visible(driver, By.id("preview:tabs:op:total"));
        return this;
    }

    public SubsidyPreviewPage construction(String asOf) {
        click(driver, By.cssSelector("a[href='#preview:tabs:constructionTab']"));
        PrimeFacesWaits.type(driver, By.id("preview:tabs:asOf_input"), asOf);
        click(driver, By.id("preview:tabs:computeConstruction"));
        visible(driver, By.id("preview:tabs:con:total"));
        return this;
    }

    /** A figure of the operating ("op") or construction ("con") result, e.g. total, eligibleCount, shownCount. */
    public String figure(String part, String id) {
        return driver.findElement(By.id("preview:tabs:" + part + ":" + id)).getText();
    }

    public SubsidyPreviewPage onlyExcluded(String part) {
        PrimeFacesWaits.select(driver, "preview:tabs:" + part + ":eligible", "仅不符合条件");
        PrimeFacesWaits.text(driver, By.id("preview:tabs:" + part + ":shownTotal"), "¥0.00");
        return this;
    }

    /** The reasons of the rows on the page shown. */
    public List<String> reasons(String part) {
        return driver.findElements(By.cssSelector("[id^='preview:tabs:" + part + ":table:'][id$=':reason']")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
