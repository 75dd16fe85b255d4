package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.TestData;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue #16 item 5, the fields of forms: each message once and a field's error under its field; date fields whose
 * button stays on their line, that keep what was typed (Esc closes only the calendar), whose calendar does not sit
 * over the form's button while the user goes there, and that refuse a day that does not exist, in the user's
 * language, next to the field, saving nothing. In Chinese and in English, at 1366×768.
 */
@DisplayName("Browser: form fields, their messages and date pickers (issue #16 item 5)")
class FormFieldsBrowserIT extends BrowserITBase {

    private static final String BED = "A-101-1";

    private long home;
    private String user;
    private ApiClient homeAdmin;
    private String residentName;

    /** Through the API: a home with two vacant beds, its administrator, and a registered resident without a bed. */
    @BeforeEach
    void aHomeWithAVacantBed() {
        home = city.home("PRIVATE", "511102", LocalDate.of(2020, 6, 1), 2);
        for (String code : new String[] {"A-101-1", "A-101-2"}) {
            var r = admin.post(
                    "api/care-homes/" + home + "/beds",
                    object().add("code", code)
                            .add("room", "A-101")
                            .add("commissionedOn", "2021-03-01")
                            .build());
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
        user = user("HOME_ADMIN", object().add("careHomeId", home));
        homeAdmin = admin.as(user, PASSWORD);
        residentName = TestData.name("李桂兰");
        var registered = homeAdmin.post(
                "api/residents",
                object().add("name", residentName)
                        .add("idNumber", TestData.idNumber(LocalDate.of(1942, 5, 6), false))
                        .add("hukouCode", "511102")
                        .add("stateSupported", false)
                        .add("careLevel", 2)
                        .add("assessedOn", "2024-01-10")
                        .build());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    }

    @Test
    @DisplayName("an empty login shows each required error once, under its field, in Chinese and in English")
    void emptyLogin() {
        for (boolean zh : new boolean[] {true, false}) {
            browser.logOut();
            LoginPage login = loginPage();
            if (!zh) {
                login.switchToEnglish();
            }
            WebDriver driver = browser.driver();
            driver.findElement(By.id("login:submit")).click();
            PrimeFacesWaits.visible(driver, By.cssSelector("[id='login:username-message'].ui-message-error"));
            settle(driver);
            String username = zh ? "用户名: 不能为空" : "User name: is required";
            String password = zh ? "密码: 不能为空" : "Password: is required";
            for (String[] field : new String[][] {{"username", username}, {"password", password}}) {
                assertThat(occurrences(driver, field[1])).as(field[1]).isEqualTo(1);
                WebElement message = driver.findElement(By.id("login:" + field[0] + "-message"));
                assertThat(message.getText()).isEqualTo(field[1]);
                assertUnder(driver, message, driver.findElement(By.id("login:" + field[0])));
                assertThat(driver.findElement(By.id("login:" + field[0])).getAttribute("aria-describedby"))
                        .as("the field is described by its error")
                        .contains("login:" + field[0] + "-message");
            }
            assertThat(driver.findElements(By.cssSelector(".ui-growl-message"))).isEmpty();
            assertThat(driver.findElements(By.cssSelector("[id='login:messages'] .ui-messages-error")))
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("the bed dialog's date fields: one line, Esc, the calendar and the form's button, impossible days")
    void dateFieldsInTheBedDialog() {
        for (boolean zh : new boolean[] {true, false}) {
            browser.logOut();
            WebDriver driver = browser.driver();
            BedBoardPage board = loginPage().logInToCareHome(user, PASSWORD).openBedBoard();
            if (!zh) {
                board.switchToEnglish();
            }
            Viewport.of(driver, 1366, 768);
            board.click(BED);

            // (2) the calendar button on the line of its field, in a form field and in a field row
            for (String picker : new String[] {"admit-form:admitted-on", "retire-form:retired-on"}) {
                Map<String, Double> input = rect(driver, By.id(picker + "_input"));
                Map<String, Double> button =
                        rect(driver, By.cssSelector("[id='" + picker + "'] .ui-datepicker-trigger"));
                assertThat(Math.abs(button.get("top") - input.get("top")))
                        .as(picker + ": the button's top against the field's")
                        .isLessThan(3.0);
                assertThat(button.get("left"))
                        .as(picker + ": the button right of the field")
                        .isGreaterThanOrEqualTo(input.get("right") - 2);
            }

            // (3) Esc: with the calendar open it closes only the calendar; with it closed it changes nothing
            By input = By.id("admit-form:admitted-on_input");
            By panel = By.id("admit-form:admitted-on_panel");
            PrimeFacesWaits.type(driver, input, "2025-03-0");
            assertThat(shown(driver, panel))
                    .as("the calendar opens from its button, not on focus")
                    .isFalse();
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            pause(400);
            assertThat(board.dialogOpen())
                    .as("Esc in a date field keeps the dialog")
                    .isTrue();
            assertThat(value(driver, input)).isEqualTo("2025-03-0");
            openCalendar(driver);
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            PrimeFacesWaits.invisible(driver, panel);
            pause(400);
            assertThat(board.dialogOpen())
                    .as("Esc with the calendar open keeps the dialog")
                    .isTrue();
            assertThat(value(driver, input)).as("and what was typed").isEqualTo("2025-03-0");

            // (4) going from the date to the form's button: the calendar is never open over it
            By admit = By.id("admit-form:admit");
            PrimeFacesWaits.type(driver, input, "2025-03-01");
            for (int tab = 0; tab < 5 && !focused(driver, admit); tab++) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
                pause(200);
                assertThat(shown(driver, panel))
                        .as("tabbing on opens no calendar")
                        .isFalse();
            }
            assertThat(focused(driver, admit))
                    .as("Tab reaches the form's button")
                    .isTrue();
            assertThat(onTop(driver, admit))
                    .as("nothing covers the form's button")
                    .isTrue();
            openCalendar(driver);
            driver.findElement(
                            By.cssSelector("[id='admit-form:admitted-on_panel'] td:not(.ui-datepicker-other-month) a"))
                    .click();
            PrimeFacesWaits.invisible(driver, panel);
            assertThat(onTop(driver, admit))
                    .as("a day chosen, the calendar no longer covers the button")
                    .isTrue();

            // (5) a day that does not exist: the error in the user's language, next to the field; nothing saved
            String phrase = zh ? "不是有效的日期" : "is not a real date";
            PrimeFacesWaits.type(driver, input, "2025-02-30");
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertThat(value(driver, input)).as("the typed text stays").isEqualTo("2025-02-30");
            board.admit(residentName.substring(0, 2), residentName);
            refused(driver, board, input, "2025-02-30", phrase);
            PrimeFacesWaits.type(driver, input, "2025-13-01");
            PrimeFacesWaits.click(driver, admit);
            refused(driver, board, input, "2025-13-01", phrase);
            board.closeDialog();
        }
    }

    /** Opens the admission day's calendar from its button; it is open once it has taken the focus (a day in it). */
    private static void openCalendar(WebDriver driver) {
        driver.findElement(By.cssSelector("[id='admit-form:admitted-on'] .ui-datepicker-trigger"))
                .click();
        PrimeFacesWaits.visible(driver, By.id("admit-form:admitted-on_panel"));
        PrimeFacesWaits.until(driver)
                .until(d -> Boolean.TRUE.equals(js(d).executeScript(
                                "return document.getElementById(arguments[0]).contains(document.activeElement)",
                                "admit-form:admitted-on_panel")));
    }

    private void refused(WebDriver driver, BedBoardPage board, By input, String typed, String phrase) {
        By error = By.cssSelector("[id='admit-form'] .ui-message-error");
        PrimeFacesWaits.text(driver, error, typed);
        settle(driver);
        WebElement message = driver.findElement(error);
        assertThat(message.getText()).contains(typed).contains(phrase).contains("yyyy-MM-dd");
        assertUnder(driver, message, driver.findElement(input));
        assertThat(occurrences(driver, message.getText()))
                .as("the error is shown once")
                .isEqualTo(1);
        assertThat(board.dialogOpen()).isTrue();
        assertThat(value(driver, input)).as("the typed text stays").isEqualTo(typed);
        assertThat(driver.findElement(input).getAttribute("aria-invalid")).isEqualTo("true");
        JsonObject bed = homeAdmin.get("api/care-homes/" + home + "/beds").array().stream()
                .map(v -> v.asJsonObject())
                .filter(b -> b.getString("code").equals(BED))
                .findFirst()
                .orElseThrow();
        assertThat(!bed.containsKey("occupant") || bed.isNull("occupant"))
                .as("the bed is still vacant: " + bed)
                .isTrue();
        assertThat(board.status(BED)).isEqualTo("VACANT");
    }

    /** Waits for ajax, then for a growl's messages to be drawn (its script renders them). */
    private static void settle(WebDriver driver) {
        PrimeFacesWaits.ajax(driver);
        pause(800);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How often {@code text} appears in the page's text (scripts left out), growls and hidden parts included. */
    private static long occurrences(WebDriver driver, String text) {
        return ((Number) js(driver)
                        .executeScript(
                                "var copy = document.body.cloneNode(true);"
                                        + "copy.querySelectorAll('script').forEach(function (s) { s.remove(); });"
                                        + "return copy.textContent.split(arguments[0]).length - 1;",
                                text))
                .longValue();
    }

    /** The message sits right under the field (its top within 3 rem below the field's bottom), not beside a growl. */
    private static void assertUnder(WebDriver driver, WebElement message, WebElement field) {
        Map<String, Double> m = rect(driver, message);
        Map<String, Double> f = rect(driver, field);
        assertThat(m.get("top"))
                .as("the message's top against the field's bottom")
                .isBetween(f.get("bottom") - 2, f.get("bottom") + 48);
        assertThat(m.get("left"))
                .as("the message's left against the field's")
                .isBetween(f.get("left") - 40, f.get("left") + 40);
    }

    private static boolean shown(WebDriver driver, By by) {
        return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    private static String value(WebDriver driver, By input) {
        return driver.findElement(input).getAttribute("value");
    }

    private static boolean focused(WebDriver driver, By by) {
        return Boolean.TRUE.equals(
                js(driver).executeScript("return document.activeElement === arguments[0]", driver.findElement(by)));
    }

    /** Whether the element is what a click at its centre would hit (nothing lies over it). */
    private static boolean onTop(WebDriver driver, By by) {
        return Boolean.TRUE.equals(js(driver)
                .executeScript(
                        "var e = arguments[0], r = e.getBoundingClientRect();"
                                + "var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                                + "return hit === e || e.contains(hit);",
                        driver.findElement(by)));
    }

    private static Map<String, Double> rect(WebDriver driver, By by) {
        return rect(driver, driver.findElement(by));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> rect(WebDriver driver, WebElement e) {
        Map<String, Object> r = (Map<String, Object>) js(driver)
                .executeScript(
                        "var r = arguments[0].getBoundingClientRect();"
                                + "return {top: r.top, bottom: r.bottom, left: r.left, right: r.right};",
                        e);
        return Map.of(
                "top", ((Number) r.get("top")).doubleValue(),
                "bottom", ((Number) r.get("bottom")).doubleValue(),
                "left", ((Number) r.get("left")).doubleValue(),
                "right", ((Number) r.get("right")).doubleValue());
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }
}
