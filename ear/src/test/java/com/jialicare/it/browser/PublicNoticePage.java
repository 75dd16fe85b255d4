package com.jialicare.it.browser;

import static com.jialicare.it.browser.PrimeFacesWaits.click;
import static com.jialicare.it.browser.PrimeFacesWaits.visible;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The public notice (公示), without login. */
public class PublicNoticePage {

    private final WebDriver driver;

    private PublicNoticePage(WebDriver driver) {
        this.driver = driver;
        visible(driver, By.id("page-title"));
        PrimeFacesWaits.ajax(driver);
    }

    public static PublicNoticePage open(WebDriver driver, String base) {
        driver.get(base + "notice.xhtml");
        return new PublicNoticePage(driver);
    }

    private WebElement article(long applicationId) {
        return driver.findElement(
                By.xpath("//article[.//span[contains(@id,':number') and normalize-space(.)='" + applicationId + "']]"));
    }

    /** The text of the notice of one application. */
    public String notice(long applicationId) {
        return article(applicationId).getText();
    }

    /** Raises an objection to that application; returns the growl's text. */
    public String object(long applicationId, String text) {
        WebElement button = article(applicationId).findElement(By.cssSelector("button[id$=':object']"));
        click(driver, By.id(button.getAttribute("id")));
        visible(driver, By.id("objectionForm:text")).sendKeys(text);
        click(driver, By.id("objectionForm:send"));
        return PrimeFacesWaits.growlContaining(driver, String.valueOf(applicationId));
    }

    /** Follows the application's "print this notice" link; returns the text of the printable sheet. */
    public String printable(long applicationId) {
        driver.get(article(applicationId)
                .findElement(By.cssSelector("a[id$=':print']"))
                .getAttribute("href"));
        return visible(driver, By.cssSelector("section.jiali-notice-sheet")).getText();
    }

    /** Switches the notice to English (the top bar's link); returns the page, reloaded. */
    public PublicNoticePage switchToEnglish() {
        driver.findElement(By.id("topbar:lang-en")).click();
        PrimeFacesWaits.until(driver)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(
                        By.id("page-title"), "Public notice of bed subsidies"));
        return new PublicNoticePage(driver);
    }

    public String pageSource() {
        return driver.getPageSource();
    }
}
