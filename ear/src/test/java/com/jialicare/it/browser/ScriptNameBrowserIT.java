package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.TestData;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;

@DisplayName("Browser: a name that looks like a script is stored and shown as text, never run")
class ScriptNameBrowserIT extends BrowserITBase {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    @DisplayName("the bed board and the resident list show <script>alert(1)</script> literally and no alert opens")
    void scriptNameIsEscaped() {
        long home = city.home("PRIVATE", "511102", LocalDate.of(2020, 6, 1), 20);
        long bed = city.bed(home, "X-1", LocalDate.of(2021, 3, 1));
        var r = admin.post(
                "api/residents",
                object().add("name", SCRIPT)
                        .add("idNumber", TestData.idNumber(LocalDate.of(1946, 3, 8), false))
                        .add("hukouCode", "511102")
                        .add("stateSupported", false)
                        .add("careLevel", 2)
                        .add("assessedOn", "2024-01-10")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.string("name")).as("stored as given").isEqualTo(SCRIPT);
        city.admit(r.id(), bed, LocalDate.of(2024, 2, 1));
        String user = TestData.name("xss-home-");
        admin.post(
                "api/users",
                object().add("username", user)
                        .add("password", PASSWORD)
                        .add("role", "HOME_ADMIN")
                        .add("careHomeId", home)
                        .build());

        BedBoardPage board = loginPage().logInToCareHome(user, PASSWORD).openBedBoard();
        assertThat(board.tileText("X-1")).contains(SCRIPT);
        assertNoAlert();
        ResidentsPage residents = board.openResidents();
        assertThat(residents.names()).contains(SCRIPT);
        assertNoAlert();
        // the markup holds the text escaped, not a script element with that content
        Long scripts = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "return Array.from(document.scripts).filter(s => s.textContent.includes('alert(1)')).length");
        assertThat(scripts).isZero();
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains(SCRIPT);
    }

    private void assertNoAlert() {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("an alert opened: the name was run as a script");
        } catch (NoAlertPresentException expected) {
            // the name stayed text
        }
    }
}
