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

    // --- corrections: accounts (issue #14 item 7): each row's actions ---

    /** The row of an account (on the list's first page). */
    /** The buttons of an account's row, in their order (hidden ones included). */
    public java.util.List<WebElement> actions(String username) {
        return row(username).findElements(By.cssSelector("td.actions button"));
    }

    private WebElement row(String username) {
        return PrimeFacesWaits.until(driver)
                .until(d -> d.findElements(By.cssSelector("[id='users-form:users'] tbody tr")).stream()
                        .filter(tr -> tr.findElements(By.cssSelector(".username")).stream()
                                .anyMatch(u -> u.getText().equals(username)))
                        .findFirst()
                        .orElse(null));
    }

    /** The state column of an account's row, e.g. 正常 / Disabled. */
    public String state(String username) {
        return row(username).findElement(By.cssSelector(".state")).getText();
    }

    /**
     * Clicks a row action ({@code disable}, {@code enable}, {@code unlock}, {@code reset}) and confirms it;
     * returns the confirmation's text, which names the user.
     */
    public String act(String username, String action) {
        String question = ask(username, action);
        ConfirmDialog.yes(driver);
        return question;
    }

    /** Clicks a row action and answers the confirmation's question, leaving the confirmation open. */
    public String ask(String username, String action) {
        row(username).findElement(By.cssSelector("[id$=':" + action + "']")).click();
        PrimeFacesWaits.ajax(driver);
        return ConfirmDialog.question(driver);
    }

    /** The one-time password the reset dialog shows. */
    public String oneTimePassword() {
        return PrimeFacesWaits.visible(driver, By.id("one-time-password")).getText();
    }

    /** Opens an account's scope dialog from its row. */
    public UsersPage edit(String username) {
        row(username).findElement(By.cssSelector("[id$=':edit']")).click();
        PrimeFacesWaits.ajax(driver);
        PrimeFacesWaits.visible(driver, DIALOG);
        PrimeFacesWaits.visible(driver, By.id("user-form:save-scope"));
        return this;
    }

    /** The residents the scope dialog shows linked, as their tokens read. */
    public String linkedResidents() {
        return driver.findElement(By.id("user-form:residents")).getText();
    }

    /** Saves the scope dialog and confirms; returns the confirmation's text, which names the user. */
    public String saveScope() {
        driver.findElement(By.id("user-form:save-scope")).click();
        PrimeFacesWaits.ajax(driver);
        String question = ConfirmDialog.question(driver);
        ConfirmDialog.yes(driver);
        PrimeFacesWaits.invisible(driver, DIALOG);
        PrimeFacesWaits.ajax(driver);
        return question;
    }
}
