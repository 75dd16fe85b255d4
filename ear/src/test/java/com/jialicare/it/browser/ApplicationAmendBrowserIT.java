package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * Issue #14 item 6: the county auditor returns an application with a reason, the home sees the reason at the
 * top, amends the period and submits again, and the auditor sees what changed since revision 1 — in Chinese
 * and in English.
 */
@DisplayName("Browser: return with a reason, amend the period, resubmit, the auditor sees the difference")
class ApplicationAmendBrowserIT extends BrowserITBase {

    /** 峨边彝族自治县: no other browser test files homes there. */
    private static final String COUNTY = "511132";

    private WebDriver logIn(String username, boolean english) {
        if (!english) {
            return logIn(username);
        }
        browser.logOut();
        loginPage().switchToEnglish().logInAs(username, PASSWORD);
        return browser.driver();
    }

    @Test
    @DisplayName("in Chinese")
    void chinese() {
        walk(false);
    }

    @Test
    @DisplayName("in English")
    void english() {
        walk(true);
    }

    private void walk(boolean english) {
        // level 3: 250 a month; six months reached on 2024-07-01
        var admitted = city.admitted()
                .county(COUNTY)
                .homeFiled(LocalDate.of(2020, 1, 1), 10)
                .bed("A-1", LocalDate.of(2022, 1, 10))
                .resident(LocalDate.of(1950, 3, 1), 3, LocalDate.of(2023, 12, 1))
                .admittedOn(LocalDate.of(2024, 1, 1))
                .admit();
        long home = admitted.home();
        String homeAdmin = user("HOME_ADMIN", object().add("careHomeId", home));
        String county = user("COUNTY_AUDITOR", object().add("countyCode", COUNTY));
        ApiClient homeApi = admin.as(homeAdmin, PASSWORD);
        var created = homeApi.post(
                "api/applications",
                object().add("careHomeId", home)
                        .add("kind", "OPERATING")
                        .add("from", "2024-07")
                        .add("to", "2024-09")
                        .build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.id();
        var submitted = homeApi.post("api/applications/" + id + "/submit");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        String returned = english ? "Returned" : "已退回";
        String submittedWords = english ? "Submitted" : "已提交";
        String reason = english ? "October is missing" : "漏报十月";

        // the county's auditor returns it with a reason, which then stands at the top
        WebDriver driver = logIn(county, english);
        ReviewPage review = ReviewPage.open(driver, base.toString(), id).returnWith(reason, returned);
        assertThat(review.returnReason()).contains(reason);
        assertThat(review.changesSummary()).isEmpty();

        // the home sees the reason at the top, amends the period and submits again
        driver = logIn(homeAdmin, english);
        ApplicationsPage apps = ApplicationsPage.openApplication(driver, base.toString(), id);
        assertThat(apps.state()).isEqualTo(returned);
        assertThat(apps.returnReason()).contains(reason);
        apps.amend("2024-07", "2024-10");
        assertThat(apps.period()).contains("2024-10");
        apps.submit(submittedWords);
        assertThat(apps.revision()).isEqualTo("2");
        assertThat(apps.total()).isEqualTo("¥1,000.00");
        browser.wholePageScreenshot("application-amended-" + (english ? "en" : "zh"));

        // the auditor sees what changed since revision 1: October added, 250.00 more
        driver = logIn(county, english);
        review = ReviewPage.open(driver, base.toString(), id);
        assertThat(review.state()).isEqualTo(submittedWords);
        assertThat(review.returnReason()).contains(reason);
        assertThat(review.changesSummary())
                .contains(english ? "Changes since revision 1" : "与第 1 版相比的变化")
                .contains("¥750.00", "¥1,000.00", "+¥250.00");
        assertThat(review.changes())
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .contains(english ? "Added" : "新增")
                        .contains("2024-10")
                        .contains("250.00"));
        browser.wholePageScreenshot("application-changes-" + (english ? "en" : "zh"));
    }
}
