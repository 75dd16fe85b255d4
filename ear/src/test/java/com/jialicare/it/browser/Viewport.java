package com.jialicare.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The browser's window as a phone or a tablet: its size, and whether a page fits it. */
final class Viewport {

    private final WebDriver driver;

    private Viewport(WebDriver driver) {
        this.driver = driver;
    }

    /** Sets the window to {@code width × height} CSS pixels, e.g. 390 × 844 (a phone), 768 × 1024 (a tablet). */
    static Viewport of(WebDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return new Viewport(driver);
    }

    private Number script(String js, Object... args) {
        return (Number) ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** {@code window.innerWidth}: the width the page is laid out in. */
    long innerWidth() {
        return script("return window.innerWidth").longValue();
    }

    /** How far the page is wider than the window (0: no horizontal scroll). */
    long horizontalOverflow() {
        return script("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)")
                .longValue();
    }

    /** The rendered height of the first element matching {@code css}, in CSS pixels. */
    double height(String css) {
        return script("return document.querySelector(arguments[0]).getBoundingClientRect().height", css)
                .doubleValue();
    }

    /** The right edges of the elements matching {@code by}, in CSS pixels from the window's left edge. */
    List<Double> rightEdges(By by) {
        List<WebElement> found = driver.findElements(by);
        return found.stream()
                .map(e -> script("return arguments[0].getBoundingClientRect().right", e)
                        .doubleValue())
                .toList();
    }
}
