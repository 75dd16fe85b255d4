package com.jialicare.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The administrator's accounts page and its "new account" dialog. */
public class UsersPage extends AppPage<UsersPage> {

    private static final By DIALOG = By.id("user-dialog");

    UsersPage(WebDriver driver) {
        super(driver);
        PrimeFacesWaits.visible(driver, By.id("users-form:users"));
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
        PrimeFacesWaits.ajax(driver);
        PrimeFacesWaits.visible(driver, DIALOG);
        return this;
    }

    public UsersPage credentials(String username, String password) {
        type("user-form:username", username);
        type("user-form:password", password);
        return this;
    }

    public UsersPage role(String label) {
        choose("user-form:role", label);
        return this;
    }

    /** The county, then the care home among the county's homes (the menu appears for care-home roles). */
    public UsersPage careHome(String countyCode, String homeName) {
        choose("user-form:county", countyCode);
        PrimeFacesWaits.visible(driver, By.id("user-form:care-home"));
        choose("user-form:care-home", homeName);
        return this;
    }

    /** Links a resident to a family account: types a name, picks the suggestion, sees the token. */
    public UsersPage linkResident(String name) {
        driver.findElement(By.id("user-form:residents_input")).sendKeys(name);
        By suggestion = By.cssSelector("[id='user-form:residents_panel'] li.ui-autocomplete-item");
        PrimeFacesWaits.until(driver)
                .until(d -> d.findElements(suggestion).stream()
                        .filter(WebElement::isDisplayed)
                        .filter(li -> li.getText().contains(name))
                        .findFirst()
                        .orElse(null))
                .click();
        By tokens = By.cssSelector("[id='user-form:residents'] .ui-autocomplete-token");
        PrimeFacesWaits.until(driver)
                .until(d -> d.findElements(tokens).stream()
                        .anyMatch(t -> t.getText().contains(name)));
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    public UsersPage save() {
        driver.findElement(By.id("user-form:save")).click();
        PrimeFacesWaits.ajax(driver);
        return this;
    }

    public UsersPage waitForDialogClosed() {
        PrimeFacesWaits.invisible(driver, DIALOG);
        PrimeFacesWaits.ajax(driver);
        return this;
    }
}
