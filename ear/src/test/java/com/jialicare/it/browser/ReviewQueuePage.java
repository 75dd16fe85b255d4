package com.jialicare.it.browser;

import static com.jialicare.it.browser.PrimeFacesWaits.ajax;
import static com.jialicare.it.browser.PrimeFacesWaits.visible;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The auditor's review queue (their start page). */
public class ReviewQueuePage {

    private final WebDriver driver;

    ReviewQueuePage(WebDriver driver) {
        this.driver = driver;
        visible(driver, By.id("queue:table"));
        ajax(driver);
    }

    public static ReviewQueuePage open(WebDriver driver, String base) {
        driver.get(base + "app/audit/index.xhtml");
        return new ReviewQueuePage(driver);
    }

    /** The rows' texts, each "id home county kind period state …". */
    public List<String> rows() {
        return driver.findElements(By.cssSelector("#queue\\:table tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Opens the application of that home from the queue. */
    public ReviewPage review(String homeName) {
        WebElement row = driver.findElement(
                By.xpath("//tbody[@id='queue:table_data']/tr[td//span[normalize-space(.)='" + homeName + "']]"));
        row.findElement(By.cssSelector("a[id$=':open']")).click();
        return new ReviewPage(driver);
    }

    /** The queue's table, read by its column headers. */
    public ListTable table() {
        return new ListTable(driver, "queue:table");
    }

    /** Types a search (a home's name or an application's number) and waits until the table satisfies the condition. */
    public ReviewQueuePage search(String query, java.util.function.Predicate<ListTable> until) {
        WebElement input = driver.findElement(By.id("queue:query"));
        input.clear();
        input.sendKeys(query);
        table().until(until);
        return this;
    }
}
