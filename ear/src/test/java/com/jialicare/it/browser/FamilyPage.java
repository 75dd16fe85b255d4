package com.jialicare.it.browser;

import static com.jialicare.it.browser.PrimeFacesWaits.visible;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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
