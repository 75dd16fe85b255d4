package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.CityPolicies;
import com.jialicare.it.support.ServerClock;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Issue #15 item 1: a discharge day is corrected after the submission; the county auditor sees on the application's
 * page which lines the facts no longer give, the old and new amounts, why, and the correction behind them with a
 * link to the stay's history — in Chinese on a submitted application, in English on a paid one (where the
 * difference becomes a recovery on the home's next application).
 */
@DisplayName("Browser: the auditor sees the facts changed since submission")
class FactsChangedBrowserIT extends BrowserITBase {

    /** 夹江县: no other browser test files homes there. */
    private static final String COUNTY = "511126";

    private WebDriver logIn(String username, boolean english) {
        if (!english) {
            return logIn(username);
        }
        browser.logOut();
        loginPage().switchToEnglish().logInAs(username, PASSWORD);
        return browser.driver();
    }

    @Test
    @DisplayName("in Chinese, on a submitted application")
    void chinese() {
        walk(false);
    }

    @Test
    @DisplayName("in English, on a paid application")
    void english() {
        walk(true);
    }

    private void walk(boolean english) {
        // level 2: 220 a month in 2025 (the suite's versions)
        CityPolicies.ensure(admin);
        var admitted = city.admitted()
                .county(COUNTY)
                .homeFiled(LocalDate.of(2020, 1, 1), 10)
                .bed("F-1", LocalDate.of(2022, 1, 10))
                .resident(LocalDate.of(1950, 3, 1), 2, LocalDate.of(2023, 12, 1))
                .admittedOn(LocalDate.of(2024, 1, 1))
                .admit();
        long stay = admitted.stay();
        var discharged = admin.post(
                "api/stays/" + stay + "/discharge",
                object().add("on", "2025-06-30").add("reason", "RETURNED_HOME").build());
        assertThat(discharged.status()).as(discharged.toString()).isEqualTo(200);
        String homeAdmin = user("HOME_ADMIN", object().add("careHomeId", admitted.home()));
        String county = user("COUNTY_AUDITOR", object().add("countyCode", COUNTY));
        ApiClient homeApi = admin.as(homeAdmin, PASSWORD);
        long id = homeApi.post(
                        "api/applications",
                        object().add("careHomeId", admitted.home())
                                .add("kind", "OPERATING")
                                .add("from", "2025-01")
                                .add("to", "2025-06")
                                .build())
                .id();
        var submitted = homeApi.post("api/applications/" + id + "/submit");
        assertThat(submitted.body()).as(submitted.toString()).contains("\"total\":1320.00");
        if (english) {
            pay(admin.as(county, PASSWORD), id);
        }

        // nothing differs yet: no panel
        WebDriver driver = logIn(county, english);
        ReviewPage.open(driver, base.toString(), id);
        assertThat(FactsChangedPanel.on(driver).shown()).isFalse();

        var corrected = admin.post(
                "api/stays/" + stay + "/corrections",
                object().add("reason", "退住日期录错")
                        .add("dischargedOn", "2025-04-30")
                        .build());
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);

        ReviewPage.open(driver, base.toString(), id);
        FactsChangedPanel panel = FactsChangedPanel.on(driver);
        assertThat(panel.shown()).isTrue();
        assertThat(panel.summary())
                .contains(english ? "Facts changed since submission" : "提交后事实有变化")
                .contains("¥1,320.00", "¥880.00", "-¥440.00")
                .contains(english ? "¥440.00 less is due: it becomes a recovery on that application" : "尚未拨付");
        assertThat(panel.rows()).hasSize(2);
        assertThat(panel.rows()).allSatisfy(row -> {
            assertThat(row.frozenAmount()).isEqualTo("¥220.00");
            assertThat(row.currentAmount()).isEqualTo("¥0.00");
            assertThat(row.difference()).isEqualTo("-¥220.00");
            assertThat(row.reason()).contains(english ? "The facts no longer give this line" : "现有事实已不含此项");
            assertThat(row.cause())
                    .contains(english ? "Stay corrected" : "更正入住记录")
                    .contains("admin");
            assertThat(row.historyLink()).contains("entityType=Stay").contains("entityId=" + stay);
        });
        assertThat(panel.rows().get(0).line()).contains("2025-05");
        assertThat(panel.rows().get(1).line()).contains("2025-06");
        browser.wholePageScreenshot("facts-changed-" + (english ? "en" : "zh"));

        // the link opens the stay's history, where the correction is
        driver.get(panel.rows().get(0).historyLink());
        assertThat(PrimeFacesWaits.visible(driver, By.id("page-title")).getText())
                .contains(String.valueOf(stay));
    }

    /** County approval, the city's notice, the clock past it, city approval and payment, through the API. */
    private void pay(ApiClient county, long id) {
        ApiClient cityAuditor = city.user("CITY_AUDITOR", object().build());
        assertThat(county.post("api/applications/" + id + "/approve", "{}").status())
                .isEqualTo(200);
        var notice = cityAuditor.post(
                "api/applications/" + id + "/notice",
                object().add("from", ServerClock.today(admin).toString()).build());
        assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
        LocalDate lastDay =
                LocalDate.parse(notice.json().getJsonObject("notice").getString("lastDay"));
        LocalDate today = ServerClock.advanceTo(admin, lastDay.plusDays(1));
        assertThat(cityAuditor.post("api/applications/" + id + "/approve", "{}").status())
                .isEqualTo(200);
        var paid = cityAuditor.post(
                "api/applications/" + id + "/payment",
                object().add("paidOn", today.toString())
                        .add("amount", Json.createValue(new BigDecimal("1320.00")))
                        .add("voucher", "PZ-" + id)
                        .build());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.json().getString("state")).isEqualTo("PAID");
    }
}
