package com.jialicare.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The administrator's accounts page and its "new account" dialog. */
public class UsersPage extends AppPage<UsersPage> {

    private static final By DIALOG = By.id("user-dialog");

    UsersPage(WebDriver driver) {
        super(driver);
        Waits.visible(driver, By.id("users-form:users"));
    }

    @Override
    protected UsersPage self() {
        return this;
    }

    public String tableText() {
        return driver.findElement(By.id("users-form:users")).getText();
    }

    public UsersPage openNew() {
        driver.findElement(By.id("users-form:create")).click();
        Waits.ajax(driver);
        Waits.visible(driver, DIALOG);
        return this;
    }

    public UsersPage credentials(String username, String password) {
        type("user-form:username", username);
        type("user-form:password", password);
        return this;
    }

    /** Picks an item of a PrimeFaces select-one menu by the start of its label, waiting for it to be offered. */
    public UsersPage choose(String menuId, String labelStart) {
        By items = By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectonemenu-item");
        Waits.visible(driver, By.id(menuId)).click();
        Waits.visible(driver, By.id(menuId + "_panel"));
        Waits.until(driver).until(d -> d.findElements(items).stream()
                .filter(li -> li.getAttribute("data-label").startsWith(labelStart)).findFirst().orElse(null))
                .click();
        Waits.until(driver).until(d -> d.findElement(By.id(menuId + "_label")).getText().startsWith(labelStart));
        Waits.ajax(driver);
        return this;
    }

    public UsersPage role(String label) {
        return choose("user-form:role", label);
    }

    /** The county, then the care home among the county's homes (the menu appears for care-home roles). */
    public UsersPage careHome(String countyCode, String homeName) {
        choose("user-form:county", countyCode);
        Waits.visible(driver, By.id("user-form:care-home"));
        return choose("user-form:care-home", homeName);
    }

    public UsersPage save() {
        driver.findElement(By.id("user-form:save")).click();
        Waits.ajax(driver);
        return this;
    }

    public UsersPage waitForDialogClosed() {
        Waits.invisible(driver, DIALOG);
        Waits.ajax(driver);
        return this;
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
