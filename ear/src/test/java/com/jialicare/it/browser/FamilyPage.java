package com.jialicare.it.browser;

import static com.jialicare.it.browser.PrimeFacesWaits.visible;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The family member's page: their elders in large print. */
public class FamilyPage {

    private final WebDriver driver;

    FamilyPage(WebDriver driver) {
        this.driver = driver;
        visible(driver, By.id("page-title"));
    }

    public static FamilyPage open(WebDriver driver, String base) {
        driver.get(base + "app/family/index.xhtml");
        return new FamilyPage(driver);
    }

    public List<String> elderNames() {
        return driver.findElements(By.cssSelector(".jiali-elder h2")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The plain-word states of the first elder's applications. */
    public List<String> applicationStates() {
        return driver.findElements(By.cssSelector(".jiali-elder .jiali-family-apps .state")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** What each state of the first elder's applications means for the family, in a sentence. */
    public List<String> applicationMeanings() {
        return driver.findElements(By.cssSelector(".jiali-elder .jiali-family-apps .meaning")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Switches the page to English (the top bar's link); returns the page, reloaded. */
    public FamilyPage switchToEnglish() {
        driver.findElement(By.id("topbar:lang-en")).click();
        PrimeFacesWaits.until(driver).until(ExpectedConditions.textToBe(By.id("page-title"), "My family member"));
        return new FamilyPage(driver);
    }

    /** The {@code tel:} link of the first elder's home. */
    public String phoneLink() {
        return driver.findElement(By.cssSelector(".jiali-elder a.jiali-phone")).getAttribute("href");
    }

    public String field(String id) {
        return driver.findElement(By.id("elders:0:" + id)).getText();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    /** The computed font size of the page's body text, in px. */
    public double fontSizePx() {
        String size = driver.findElement(By.cssSelector(".jiali-family")).getCssValue("font-size");
        return Double.parseDouble(size.replace("px", ""));
    }
}
