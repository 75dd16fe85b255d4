package com.jialicare.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What every page after login has: the heading, the role's navigation, the language switch, the growl. */
abstract class AppPage<P extends AppPage<P>> {

    protected final WebDriver driver;

    AppPage(WebDriver driver) {
        this.driver = driver;
        Waits.visible(driver, By.id("page-title"));
        Waits.ajax(driver);
    }

    protected abstract P self();

    public String heading() {
        return driver.findElement(By.id("page-title")).getText();
    }

    /** The navigation links as shown, e.g. [概览, 床位一览, 入住老人]. */
    public List<String> navigation() {
        return driver.findElements(By.cssSelector("#nav a")).stream().map(WebElement::getText).toList();
    }

    /** Switches to English and stays on the page. */
    public P switchToEnglish() {
        String before = heading();
        driver.findElement(By.id("topbar:lang-en")).click();
        Waits.until(driver).until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("page-title"), before)));
        Waits.ajax(driver);
        return self();
    }

    /** The texts of the growl messages shown now (summary and detail), waiting for one to appear. */
    public String growl() {
        By messages = By.cssSelector(".ui-growl .ui-growl-item-container");
        Waits.visible(driver, messages);
        return String.join("\n", driver.findElements(messages).stream().map(WebElement::getText).toList());
    }

    public LoginPage logOut() {
        driver.findElement(By.id("topbar:logout")).click();
        Waits.visible(driver, By.id("login:username"));
        return new LoginPage(driver);
    }

    public BedBoardPage openBedBoard() {
        driver.findElement(By.id("nav-beds")).click();
        return new BedBoardPage(driver);
    }

    public ResidentsPage openResidents() {
        driver.findElement(By.id("nav-residents")).click();
        return new ResidentsPage(driver);
    }
}
