package com.jialicare.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The review page's "facts changed since submission" panel (issue #15 item 1), as the auditor reads it. */
public class FactsChangedPanel {

    /** One row: the line, old and new amount, difference, why now, the change behind it and its history link. */
    public record Row(
            String line,
            String frozenAmount,
            String currentAmount,
            String difference,
            String reason,
            String cause,
            String historyLink) {}

    private final WebDriver driver;

    FactsChangedPanel(WebDriver driver) {
        this.driver = driver;
    }

    /** On the review page already open; the panel may be absent ({@link #shown()}). */
    public static FactsChangedPanel on(WebDriver driver) {
        return new FactsChangedPanel(driver);
    }

    public boolean shown() {
        return !driver.findElements(By.id("review:factsChanged")).isEmpty();
    }

    /** The title, the totals and the note (paid or not) as one text. */
    public String summary() {
        return driver.findElement(By.id("review:factsChangedTitle")).getText() + " | "
                + driver.findElement(By.id("review:factsChangedTotals")).getText() + " | "
                + note();
    }

    private String note() {
        for (String id : List.of("review:factsChangedOwed", "review:factsChangedUnpaid")) {
            List<WebElement> found = driver.findElements(By.id(id));
            if (!found.isEmpty()) {
                return found.get(0).getText();
            }
        }
        return "";
    }

    public List<Row> rows() {
        return driver.findElements(By.cssSelector("#review\\:factsChangedRows_data tr")).stream()
                .filter(tr ->
                        !tr.findElements(By.cssSelector("span[id$=':line']")).isEmpty())
                .map(tr -> new Row(
                        cell(tr, "line"),
                        cell(tr, "frozenAmount"),
                        cell(tr, "currentAmount"),
                        cell(tr, "difference"),
                        cell(tr, "reason"),
                        cell(tr, "cause"),
                        tr.findElements(By.cssSelector("a[id$=':causeHistory']")).stream()
                                .map(a -> a.getAttribute("href"))
                                .findFirst()
                                .orElse("")))
                .toList();
    }

    private static String cell(WebElement tr, String id) {
        List<WebElement> found = tr.findElements(By.cssSelector("[id$=':" + id + "']"));
        return found.isEmpty() ? "" : found.get(0).getText();
    }
}
