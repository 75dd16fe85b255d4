package com.jialicare.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Explicit waits for PrimeFaces pages: ajax requests finish, widgets appear, dialogs open and close. */
final class Waits {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private Waits() {
    }

    static WebDriverWait until(WebDriver driver) {
        return new WebDriverWait(driver, TIMEOUT);
    }

    /** The page is loaded and no PrimeFaces (jQuery) ajax request is queued or running. */
    static void ajax(WebDriver driver) {
        until(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces"
                        + " || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0)))")));
    }

    static WebElement visible(WebDriver driver, By by) {
        return until(driver).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    static void invisible(WebDriver driver, By by) {
        until(driver).until(ExpectedConditions.invisibilityOfElementLocated(by));
    }
}
