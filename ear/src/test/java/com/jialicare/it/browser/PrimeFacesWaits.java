package com.jialicare.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one place for explicit waits and small gestures on PrimeFaces pages: ajax done, a widget or dialog
 * shown or gone, a date typed, a menu option chosen, the growl's text. Every page object waits through it.
 * Generous timeouts: the build machines are small and busy.
 */
final class PrimeFacesWaits {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private PrimeFacesWaits() {}

    /** A wait of {@link #TIMEOUT}; see {@link #until(WebDriver, Duration)}. */
    static WebDriverWait until(WebDriver driver) {
        return until(driver, TIMEOUT);
    }

    /**
     * A wait with its own timeout, for the few steps known to take longer (a whole city's previews). An element
     * replaced by an ajax update while the condition reads it (stale) makes the wait look again, not fail.
     */
    static WebDriverWait until(WebDriver driver, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * The page is loaded and no PrimeFaces (jQuery) ajax request is queued or running; a page not seen before is
     * then checked for accessibility ({@link Axe}).
     */
    static void ajax(WebDriver driver) {
        until(driver)
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return document.readyState === 'complete' && (!window.PrimeFaces"
                                                        + " || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0)))")));
        Axe.onPage(driver);
    }

    static WebElement visible(WebDriver driver, By by) {
        return until(driver).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    static void invisible(WebDriver driver, By by) {
        until(driver).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    /** Clicks once the element can be clicked, then waits for the ajax request it starts. */
    static void click(WebDriver driver, By by) {
        ajax(driver);
        until(driver).until(ExpectedConditions.elementToBeClickable(by)).click();
        ajax(driver);
    }

    /** Waits until the element's text contains {@code text}, e.g. a state after an ajax update. */
    static void text(WebDriver driver, By by, String text) {
        until(driver).until(d -> {
            List<WebElement> found = d.findElements(by);
            return !found.isEmpty() && found.get(0).getText().contains(text);
        });
    }

    /** Replaces the text of an input (a date picker's input, typed as yyyy-MM-dd or yyyy-MM). */
    static void type(WebDriver driver, By input, String value) {
        WebElement e = visible(driver, input);
        e.click();
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        e.sendKeys(value);
    }

    /**
     * Chooses an option of a p:selectOneMenu by its label, through the widget (as a click on the item does,
     * change event included): clicking into the panel while it still fades in is lost on a busy machine.
     */
    static void select(WebDriver driver, String menuId, String label) {
        ajax(driver);
        Object found = ((JavascriptExecutor) driver)
                .executeScript(
                        "var w = PrimeFaces.getWidgetById(arguments[0]);"
                                + "if (!w) return false;"
                                + "var label = arguments[1];"
                                + "var option = w.options.filter(function () { return $(this).text() === label; });"
                                + "if (option.length === 0) return false;"
                                + "w.selectValue(option.val()); w.triggerChange(); return true;",
                        menuId,
                        label);
        if (!Boolean.TRUE.equals(found)) {
            throw new IllegalStateException("No option '" + label + "' in the menu " + menuId);
        }
        ajax(driver);
    }

    /** The text of the growl messages now on the page (info and errors). */
    static String growl(WebDriver driver) {
        ajax(driver);
        return String.join(
                "\n",
                driver.findElements(By.cssSelector(".ui-growl-message")).stream()
                        .map(WebElement::getText)
                        .toList());
    }

    /** Waits for a growl message containing {@code text}. */
    static String growlContaining(WebDriver driver, String text) {
        until(driver)
                .until(d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
                        .anyMatch(m -> m.getText().contains(text)));
        return growl(driver);
    }

    /**
     * Runs {@code action} (choosing a file in an import form, or clicking its Import button) and waits for the import
     * result it brings: a new {@code #import-summary} (the one shown before is marked, and must be replaced).
     */
    static void importResult(WebDriver driver, Runnable action) {
        ((JavascriptExecutor) driver)
                .executeScript("var s = document.getElementById('import-summary');"
                        + " if (s) { s.setAttribute('data-seen', 'yes'); }");
        action.run();
        until(driver).until(d -> {
            var fresh = d.findElements(By.cssSelector("#import-summary:not([data-seen])"));
            return !fresh.isEmpty() && fresh.get(0).isDisplayed();
        });
        ajax(driver);
    }

    /** What {@code fetch(href)} gets in this browser session: "status content-type". */
    static String fetch(WebDriver driver, String href) {
        Object r = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'})"
                                + ".then(function (r) { done(r.status + ' ' + r.headers.get('content-type')); })"
                                + ".catch(function (e) { done('failed ' + e); });",
                        href);
        return String.valueOf(r);
    }
}
