package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.Deployments;
import com.jialicare.it.support.ServerClock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Issue #16 item 5, dialogs and forms: a destructive or money action is validated before it is confirmed; the
 * one confirmation names what it acts on (the person, the bed, the day, the amount with thousands separators);
 * its buttons are in the one order (the action first, then Cancel); Cancel changes nothing; the destructive
 * actions stand apart from the usual ones and are not prefilled with a day the user did not choose. In Chinese
 * and English.
 */
@DisplayName("Browser: validated first, then one confirmation naming what it acts on, buttons in one order")
class ConfirmationsBrowserIT extends BrowserITBase {

    /** 金口河区: no other browser test files homes there. */
    private static final String COUNTY = "511113";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "en"})
    @DisplayName("discharge, retire a bed, submit an application, disable an account")
    void confirmations(String language) {
        boolean en = "en".equals(language);
        LocalDate today = ServerClock.today(admin);
        // level 3: 250 a month; six months reached on 2024-07-01, so July to December claim 1,500.00
        var admitted = city.admitted()
                .county(COUNTY)
                .homeFiled(LocalDate.of(2020, 1, 1), 10)
                .bed("A-1", LocalDate.of(2022, 1, 10))
                .resident(LocalDate.of(1950, 3, 1), 3, LocalDate.of(2023, 12, 1))
                .admittedOn(LocalDate.of(2024, 1, 1))
                .admit();
        long home = admitted.home();
        city.bed(home, "A-2", LocalDate.of(2022, 1, 10));
        String residentName = admin.get("api/residents/" + admitted.resident()).string("name");
        String homeAdmin = user("HOME_ADMIN", object().add("careHomeId", home));
        ApiClient homeApi = admin.as(homeAdmin, PASSWORD);
        var created = homeApi.post(
                "api/applications",
                object().add("careHomeId", home)
                        .add("kind", "OPERATING")
                        .add("from", "2024-07")
                        .add("to", "2024-12")
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long applicationId = created.id();

        LoginPage login = loginPage();
        if (en) {
            login.switchToEnglish();
        }
        BedBoardPage board = login.logInToCareHome(homeAdmin, PASSWORD).openBedBoard();
        WebDriver driver = browser.driver();
        String day = board.day();
        assertThat(day).isEqualTo(today.toString());

        // (1) discharge: apart from the move, below it, in red, its day not prefilled
        board.click("A-1");
        assertThat(board.dischargeDay())
                .as("the discharge day is not prefilled")
                .isEmpty();
        assertThat(top(driver, "discharge-form")).isGreaterThan(top(driver, "transfer-form"));
        assertThat(driver.findElement(By.id("discharge-form")).getAttribute("class"))
                .contains("jiali-danger-zone");
        assertThat(driver.findElement(By.id("discharge-form:discharge")).getAttribute("class"))
                .contains("ui-button-danger");
        assertThat(driver.findElement(By.id("transfer-form:transfer")).getAttribute("class"))
                .doesNotContain("ui-button-danger");

        // no reason: the form says so, and nothing is asked
        assertThat(board.askDischarge(day, null))
                .as("no confirmation without a reason")
                .isNull();
        assertThat(errors(driver)).contains(en ? "Reason" : "退住原因").contains(en ? "is required" : "不能为空");
        assertThat(ConfirmDialog.open(driver)).isFalse();
        // no day: nothing is asked either
        assertThat(board.askDischarge("", en ? "Returned home" : "回家"))
                .as("no confirmation without a day")
                .isNull();
        assertThat(ConfirmDialog.open(driver)).isFalse();

        // with both: the question names the resident, the bed and the day; the action in red; Cancel has the focus
        String question = board.askDischarge(day, en ? "Returned home" : "回家");
        assertThat(question).contains(residentName).contains("A-1").contains(day);
        assertThat(ConfirmDialog.action(driver)).isEqualTo(en ? "Discharge" : "退住");
        assertThat(ConfirmDialog.danger(driver)).isTrue();
        assertOneOrder(driver);
        PrimeFacesWaits.until(driver).until(d -> "jiali-confirm-no".equals(ConfirmDialog.focused(d)));
        browser.screenshot("ConfirmationsBrowserIT-discharge-" + language);
        // Cancel changes nothing
        ConfirmDialog.no(driver);
        assertThat(board.status("A-1")).isEqualTo("OCCUPIED");
        assertThat(homeApi.get("api/stays/" + admitted.stay()).string("dischargedOn"))
                .isNull();
        // Confirm discharges
        board.askDischarge(day, null);
        ConfirmDialog.yes(driver);
        board.waitForStatus("A-1", "VACANT").waitForDialogClosed();
        assertThat(homeApi.get("api/stays/" + admitted.stay()).string("dischargedOn"))
                .isEqualTo(day);

        // (2) retiring a bed: not prefilled, apart and in red; the question names the bed and the day
        board.click("A-2");
        assertThat(board.retireDay()).as("the retirement day is not prefilled").isEmpty();
        assertThat(top(driver, "retire-form")).isGreaterThan(top(driver, "admit-form"));
        assertThat(driver.findElement(By.id("retire-form:retire")).getAttribute("class"))
                .contains("ui-button-danger");
        // the service's own rules come before the question too: a day after today is refused, nothing is asked
        assertThat(board.askRetire("2099-06-01"))
                .as("no confirmation for a day the service refuses")
                .isNull();
        PrimeFacesWaits.until(driver)
                .until(d -> d.findElements(By.cssSelector(".ui-growl-error .ui-growl-message")).stream()
                        .anyMatch(m -> m.isDisplayed() && !m.getText().isBlank()));
        assertThat(ConfirmDialog.open(driver)).isFalse();
        assertThat(homeApi
                        .get("api/care-homes/" + admitted.home() + "/beds?on=" + day)
                        .array()
                        .getValuesAs(jakarta.json.JsonObject.class)
                        .stream()
                        .filter(b -> b.getString("code").equals("A-2"))
                        .findFirst()
                        .orElseThrow()
                        .getString("status"))
                .isEqualTo("VACANT");
        driver.findElements(By.cssSelector(".ui-growl-error .ui-growl-icon-close"))
                .forEach(c -> {
                    if (c.isDisplayed()) {
                        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click()", c);
                    }
                });
        String retireDay = day; // not after today (the service refuses a later day)
        assertThat(board.askRetire(retireDay)).contains("A-2").contains(retireDay);
        assertThat(ConfirmDialog.danger(driver)).isTrue();
        assertOneOrder(driver);
        ConfirmDialog.no(driver);
        assertThat(board.status("A-2")).isEqualTo("VACANT");
        board.askRetire(retireDay);
        ConfirmDialog.yes(driver);
        board.waitForDialogClosed();
        assertThat(PrimeFacesWaits.growlContaining(driver, retireDay)).contains("A-2");

        // (3) submitting an application: the question names the application, the period and the amount
        ApplicationsPage apps = ApplicationsPage.openApplication(driver, base.toString(), applicationId);
        String draft = apps.state();
        question = apps.askSubmit();
        assertThat(question)
                .contains(String.valueOf(applicationId))
                .contains("2024-07")
                .contains("2024-12")
                .contains("¥1,500.00");
        assertThat(ConfirmDialog.danger(driver)).isFalse();
        assertOneOrder(driver);
        browser.screenshot("ConfirmationsBrowserIT-submit-" + language);
        ConfirmDialog.no(driver);
        assertThat(apps.state()).isEqualTo(draft);
        assertThat(homeApi.get("api/applications/" + applicationId).string("state"))
                .isEqualTo("DRAFT");
        apps.submit(en ? "Submitted" : "已提交");

        // the county's steps name the application they act on; the action first, then Cancel; Return apart, in red
        String county = user("COUNTY_AUDITOR", object().add("countyCode", COUNTY));
        browser.logOut();
        login = loginPage();
        if (en) {
            login.switchToEnglish();
        }
        login.logInAs(county, PASSWORD);
        ReviewPage review = ReviewPage.open(driver, base.toString(), applicationId);
        assertThat(driver.findElement(By.id("review:return")).getAttribute("class"))
                .contains("ui-button-danger")
                .contains("jiali-apart");
        assertThat(review.openStep("return", "returnForm", "returnWhat"))
                .contains(String.valueOf(applicationId))
                .contains("2024-07")
                .contains("¥1,500.00");
        List<WebElement> buttons = review.stepButtons("returnForm");
        assertThat(buttons.get(0).getAttribute("id")).isEqualTo("returnForm:confirm");
        assertThat(buttons.get(buttons.size() - 1).getText()).isEqualTo(en ? "Cancel" : "取消");
        buttons.get(buttons.size() - 1).click();
        PrimeFacesWaits.invisible(driver, By.id("returnDlg"));
        assertThat(review.state()).isEqualTo(en ? "Submitted" : "已提交");

        // (4) an account's action names the account; disabling stands last in its row, in red
        String account = com.jialicare.it.support.TestData.name("aa-confirm-"); // sorts first: on the first page
        var made = admin.post(
                "api/users",
                object().add("username", account)
                        .add("password", PASSWORD)
                        .add("role", "CITY_AUDITOR")
                        .build());
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        browser.logOut();
        login = loginPage();
        if (en) {
            login.switchToEnglish();
        }
        UsersPage users = login.logInToUsers("admin", Deployments.ADMIN_PASSWORD);
        String active = users.state(account);
        List<WebElement> actions =
                users.actions(account).stream().filter(WebElement::isDisplayed).toList();
        assertThat(actions.get(actions.size() - 1).getAttribute("id")).endsWith(":disable");
        question = users.ask(account, "disable");
        assertThat(question).contains(account);
        assertThat(ConfirmDialog.action(driver)).isEqualTo(en ? "Disable" : "停用");
        assertThat(ConfirmDialog.danger(driver)).isTrue();
        assertOneOrder(driver);
        ConfirmDialog.no(driver);
        assertThat(users.state(account)).isEqualTo(active);
        assertThat(admin.as(account, PASSWORD).get("api/me").status()).isEqualTo(200);
    }

    /** (5) The one order: the action first (left), then Cancel, on one line. */
    private static void assertOneOrder(WebDriver driver) {
        WebElement yes = PrimeFacesWaits.visible(driver, ConfirmDialog.YES);
        WebElement no = PrimeFacesWaits.visible(driver, ConfirmDialog.NO);
        assertThat(yes.getLocation().getX())
                .as("the action before Cancel")
                .isLessThan(no.getLocation().getX());
        assertThat(yes.getLocation().getY()).isEqualTo(no.getLocation().getY());
    }

    private static int top(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getLocation().getY();
    }

    /** The error messages shown now: beside the fields or in the growl. */
    private static String errors(WebDriver driver) {
        By shown = By.cssSelector(".ui-growl-item-container, .ui-message-error, .ui-messages-error");
        PrimeFacesWaits.visible(driver, shown);
        return String.join(
                "\n",
                driver.findElements(shown).stream()
                        .filter(WebElement::isDisplayed)
                        .map(WebElement::getText)
                        .toList());
    }
}
