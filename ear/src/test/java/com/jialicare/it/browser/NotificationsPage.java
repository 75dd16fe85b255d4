package com.jialicare.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The caller's notifications (issue #16 item 7), and the nav's to-do and notification badges on any page. */
public class NotificationsPage extends AppPage<NotificationsPage> {

    NotificationsPage(WebDriver driver) {
        super(driver);
        PrimeFacesWaits.visible(driver, By.id("notifications:list"));
    }

    @Override
    protected NotificationsPage self() {
        return this;
    }

    /** Opens the page through the nav's link. */
    public static NotificationsPage fromNav(WebDriver driver) {
        PrimeFacesWaits.click(driver, By.id("nav-notifications"));
        return new NotificationsPage(driver);
    }

    /** Each row as "what · detail | read state". */
    public List<String> rows() {
        return driver.findElements(By.cssSelector("#notifications\\:list_data tr")).stream()
                .filter(tr ->
                        !tr.findElements(By.cssSelector("span[id$=':text']")).isEmpty())
                .map(tr -> tr.findElement(By.cssSelector("td:nth-child(2)")).getText() + " | "
                        + tr.findElement(By.cssSelector("span[id$=':readState']"))
                                .getText())
                .toList();
    }

    /** Marks the first unread row read and waits for the list to show it. */
    public NotificationsPage markFirstRead() {
        int unread = unreadRows();
        PrimeFacesWaits.click(driver, By.cssSelector("button[id$=':markRead']"));
        PrimeFacesWaits.until(driver).until(d -> unreadRows() == unread - 1);
        return this;
    }

    private int unreadRows() {
        return driver.findElements(By.cssSelector("button[id$=':markRead']")).size();
    }

    /** The badge of the nav's link ({@code todo-badge}, {@code notification-badge}), or "" when none is shown. */
    public static String badge(WebDriver driver, String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText();
    }
}
