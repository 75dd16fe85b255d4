package com.jialicare.it.browser;

import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A list screen's PrimeFaces table, read by its column headers: the cells of a column, sorting by a header, the
 * empty message, whether the paginator shows, whether a cell shows its whole text. Shared by the list pages.
 */
public class ListTable {

    private final WebDriver driver;
    private final String tableId;

    ListTable(WebDriver driver, String tableId) {
        this.driver = driver;
        this.tableId = tableId;
    }

    private WebElement table() {
        return driver.findElement(By.id(tableId));
    }

    /** The column headers' texts, in order. */
    public List<String> headers() {
        // an ajax answer (a search typed just before, the growls' update) may replace the table while it is read
        return PrimeFacesWaits.until(driver)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> table().findElements(By.cssSelector("thead th")).stream()
                        .map(th -> th.getText().trim())
                        .toList());
    }

    private int index(String header) {
        List<String> headers = headers();
        int i = headers.indexOf(header);
        if (i < 0) {
            throw new IllegalArgumentException("No column " + header + " in " + headers);
        }
        return i;
    }

    /** The cells of that column, row by row (an empty table has none). */
    public List<String> column(String header) {
        int i = index(header);
        return PrimeFacesWaits.until(driver)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> rows().stream()
                        .map(tr -> tr.findElements(By.tagName("td"))
                                .get(i)
                                .getText()
                                .trim())
                        .toList());
    }

    private List<WebElement> rows() {
        return table().findElements(By.cssSelector("tbody[id$='_data'] > tr:not(.ui-datatable-empty-message)"));
    }

    /** Clicks the header to sort (again: the other way) and waits for the table to be read again. */
    public ListTable sortBy(String header) {
        int i = index(header);
        PrimeFacesWaits.ajax(driver);
        String before = table().getText();
        // a search's late answer may still replace the table: a stale header is looked up again and clicked then
        PrimeFacesWaits.until(driver).until(d -> {
            table().findElements(By.cssSelector("thead th")).get(i).click();
            return true;
        });
        PrimeFacesWaits.ajax(driver);
        PrimeFacesWaits.until(driver).until(d -> !table().getText().equals(before) || sortedBy(i));
        return this;
    }

    private boolean sortedBy(int i) {
        String aria = table().findElements(By.cssSelector("thead th")).get(i).getAttribute("aria-sort");
        return aria != null && !aria.equals("other");
    }

    /** Waits until the table satisfies the condition (after a search typed with a delay). */
    public ListTable until(Predicate<ListTable> condition) {
        PrimeFacesWaits.until(driver).until(d -> condition.test(this));
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    /** The empty message, or "" when the table has rows. */
    public String emptyMessage() {
        return table().findElements(By.cssSelector("tr.ui-datatable-empty-message")).stream()
                .map(tr -> tr.getText().trim())
                .findFirst()
                .orElse("");
    }

    /** Whether a paginator is displayed under the table. */
    public boolean paginatorShown() {
        return table().findElements(By.cssSelector(".ui-paginator")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** The table's visible text (headers, cells, paginator). */
    public String text() {
        return table().getText();
    }

    /**
     * Whether the cell of that column in the row whose text contains {@code rowText} shows its whole content:
     * nothing wraps onto a second line and nothing runs past the cell's edge.
     */
    public boolean cellFits(String rowText, String header) {
        int i = index(header);
        WebElement td = rows().stream()
                .filter(tr -> tr.getText().contains(rowText))
                .findFirst()
                .orElseThrow()
                .findElements(By.tagName("td"))
                .get(i);
        Object fits = ((JavascriptExecutor) driver)
                .executeScript(
                        "var td = arguments[0], s = td.firstElementChild || td;"
                                + " var r = s.getBoundingClientRect(), c = td.getBoundingClientRect();"
                                + " var lines = s.getClientRects().length;"
                                + " return td.scrollWidth <= td.clientWidth && r.right <= c.right + 0.5 && lines <= 1;",
                        td);
        return Boolean.TRUE.equals(fits);
    }
}
