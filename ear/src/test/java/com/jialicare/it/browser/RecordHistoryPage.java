package com.jialicare.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A record's whole, printable history ({@code /app/history.xhtml}): its entries as the table shows them. */
public class RecordHistoryPage extends AppPage<RecordHistoryPage> {

    RecordHistoryPage(WebDriver driver) {
        super(driver);
    }

    /** Opens a record's history, with its related records' when {@code related}. */
    static RecordHistoryPage open(WebDriver driver, String base, String type, long id, boolean related) {
        driver.get(base + "app/history.xhtml?entityType=" + type + "&entityId=" + id + "&related=" + related);
        return new RecordHistoryPage(driver);
    }

    @Override
    protected RecordHistoryPage self() {
        return this;
    }

    /** The actions as shown, newest first, e.g. [退住, 入住, 登记老人]. */
    public List<String> actions() {
        return texts(".jiali-history .jiali-history-action");
    }

    /** The column headings. */
    public List<String> headings() {
        return texts(".jiali-history thead th");
    }

    /** Whether the print button and the table show in print. */
    public List<Boolean> shownInPrint() {
        return Printing.shownInPrint(driver, By.id("print"), By.id("history"));
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
