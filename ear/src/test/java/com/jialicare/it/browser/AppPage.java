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
        PrimeFacesWaits.visible(driver, By.id("page-title"));
        PrimeFacesWaits.ajax(driver);
    }

    protected abstract P self();

    public String heading() {
        return driver.findElement(By.id("page-title")).getText();
    }

    /** The navigation links as shown, e.g. [概览, 床位一览, 入住老人]. */
    public List<String> navigation() {
        return driver.findElements(By.cssSelector("#nav a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Switches to English and stays on the page. */
    public P switchToEnglish() {
        String before = heading();
        driver.findElement(By.id("topbar:lang-en")).click();
        PrimeFacesWaits.until(driver)
                .until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("page-title"), before)));
        PrimeFacesWaits.ajax(driver);
        return self();
    }

    /** The texts of the growl messages shown now (summary and detail), waiting for one to appear. */
    public String growl() {
        By messages = By.cssSelector(".ui-growl .ui-growl-item-container");
        PrimeFacesWaits.visible(driver, messages);
        return String.join(
                "\n",
                driver.findElements(messages).stream().map(WebElement::getText).toList());
    }

    /**
     * Picks an item of a PrimeFaces select-one menu by the start of its label: opens the menu, clicks the
     * item once the panel has settled, and tries again until the menu shows the choice (a click during the
     * panel's opening animation can get lost).
     */
    protected void choose(String menuId, String labelStart) {
        By panel = By.cssSelector("[id='" + menuId + "_panel']");
        By items = By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectonemenu-item");
        By label = By.id(menuId + "_label");
        PrimeFacesWaits.until(driver).until(d -> {
            if (d.findElement(label).getText().startsWith(labelStart)) {
                return true;
            }
            // only a shown panel: a menu redrawn by ajax may leave its old panel hidden in the page
            if (d.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
                d.findElement(By.id(menuId)).click();
                return false;
            }
            d.findElements(items).stream()
                    .filter(WebElement::isDisplayed)
                    .filter(li -> li.getAttribute("data-label").startsWith(labelStart))
                    .findFirst()
                    .ifPresent(WebElement::click);
            return d.findElement(label).getText().startsWith(labelStart);
        });
        PrimeFacesWaits.ajax(driver);
    }

    /** Types into a text field, replacing what it held; a TAB leaves the field (date pickers read it then). */
    protected void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    public LoginPage logOut() {
        driver.findElement(By.id("topbar:logout")).click();
        PrimeFacesWaits.visible(driver, By.id("login:username"));
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
