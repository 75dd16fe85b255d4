package com.jialicare.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The pages' one confirmation (issue #16 item 5, {@code /WEB-INF/includes/confirm-dialog.xhtml}): opened only once
 * a form is valid, its question names what the action acts on; its first button runs the action, Cancel changes
 * nothing.
 */
final class ConfirmDialog {

    static final By DIALOG = By.id("jiali-confirm");
    static final By YES = By.id("jiali-confirm-yes");
    static final By NO = By.id("jiali-confirm-no");

    private ConfirmDialog() {}

    /** Waits for the confirmation and answers its question. */
    static String question(WebDriver driver) {
        PrimeFacesWaits.visible(driver, DIALOG);
        return PrimeFacesWaits.visible(driver, By.id("jiali-confirm-text")).getText();
    }

    /** The action named on the confirmation (its title, and its confirm button's words). */
    static String action(WebDriver driver) {
        return PrimeFacesWaits.visible(driver, By.id("jiali-confirm-title")).getText();
    }

    static boolean open(WebDriver driver) {
        var found = driver.findElements(DIALOG);
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    /** Confirms: the dialog closes and the action's request ends. */
    static void yes(WebDriver driver) {
        PrimeFacesWaits.visible(driver, YES).click();
        PrimeFacesWaits.ajax(driver);
        PrimeFacesWaits.invisible(driver, DIALOG);
        PrimeFacesWaits.ajax(driver);
    }

    /** Cancels: the dialog closes, nothing is sent. */
    static void no(WebDriver driver) {
        PrimeFacesWaits.visible(driver, NO).click();
        PrimeFacesWaits.invisible(driver, DIALOG);
        PrimeFacesWaits.ajax(driver);
    }

    /** Whether the confirm button is styled as danger (a destructive action). */
    static boolean danger(WebDriver driver) {
        return PrimeFacesWaits.visible(driver, YES).getAttribute("class").contains("ui-button-danger");
    }

    /** The element that has the focus, its id (the safe answer, Cancel, when the dialog opens). */
    static String focused(WebDriver driver) {
        WebElement active = (WebElement) ((JavascriptExecutor) driver).executeScript("return document.activeElement");
        return active == null ? null : active.getAttribute("id");
    }
}
