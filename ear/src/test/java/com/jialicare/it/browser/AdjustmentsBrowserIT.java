package com.jialicare.it.browser;

import static com.jialicare.it.browser.PrimeFacesWaits.visible;
import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.CityPolicies;
import com.jialicare.it.support.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Issue #15 item 2: a paid operating year, a death recorded late as a correction; the home's applications page
 * lists the outstanding recoveries, the next application carries them apart from its lines (type, the line it
 * corrects, old and new amount, the cause in words, the totals) on the home's and the auditor's page, and the
 * family page says in plain words that the money was recovered — in Chinese and in English.
 */
@DisplayName("Browser: adjustments on the application pages and the family page")
class AdjustmentsBrowserIT extends BrowserITBase {

    /** 马边彝族自治县: no other browser test files homes there. */
    private static final String COUNTY = "511133";

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

    private WebDriver logIn(String username, boolean english) {
        if (!english) {
            return logIn(username);
        }
        browser.logOut();
        loginPage().switchToEnglish().logInAs(username, PASSWORD);
        return browser.driver();
    }

    private static JsonObject ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private void walk(boolean english) {
        CityPolicies.ensure(admin);
        long home = city.home("PRIVATE", COUNTY, LocalDate.of(2020, 1, 1), 10);
        long bed1 = city.bed(home, "M-1", LocalDate.of(2022, 1, 10));
        long bed2 = city.bed(home, "M-2", LocalDate.of(2022, 1, 10));
        long a = city.resident(LocalDate.of(1950, 2, 1), COUNTY, 0, LocalDate.of(2024, 1, 1));
        long b = city.resident(LocalDate.of(1950, 2, 2), COUNTY, 0, LocalDate.of(2024, 1, 1));
        long stayA = city.admit(a, bed1, LocalDate.of(2024, 6, 1));
        city.admit(b, bed2, LocalDate.of(2024, 6, 1));
        assertThat(admin.post(
                                "api/stays/" + stayA + "/discharge",
                                object().add("on", "2026-01-01")
                                        .add("reason", "RETURNED_HOME")
                                        .build())
                        .status())
                .isEqualTo(200);
        String homeAdmin = user("HOME_ADMIN", object().add("careHomeId", home));
        String countyAuditor = user("COUNTY_AUDITOR", object().add("countyCode", COUNTY));
        String family = user(
                "FAMILY", object().add("residentIds", Json.createArrayBuilder().add(a)));
        ApiClient homeApi = admin.as(homeAdmin, PASSWORD);
        ApiClient countyApi = admin.as(countyAuditor, PASSWORD);
        ApiClient cityApi = admin.as(user("CITY_AUDITOR", object()), PASSWORD);

        // 2025 applied for and paid
        long paid = homeApi.post(
                        "api/applications",
                        object().add("careHomeId", home)
                                .add("kind", "OPERATING")
                                .add("from", "2025-01")
                                .add("to", "2025-12")
                                .build())
                .id();
        ok(homeApi.post("api/applications/" + paid + "/submit"));
        ok(countyApi.post("api/applications/" + paid + "/approve", "{}"));
        LocalDate today = ServerClock.today(admin);
        JsonObject notice = ok(cityApi.post(
                "api/applications/" + paid + "/notice",
                object().add("from", today.toString()).build()));
        today = ServerClock.advanceTo(
                admin,
                LocalDate.parse(notice.getJsonObject("notice").getString("lastDay"))
                        .plusDays(1));
        JsonObject approved = ok(cityApi.post("api/applications/" + paid + "/approve", "{}"));
        ok(cityApi.post(
                "api/applications/" + paid + "/payment",
                object().add("paidOn", today.toString())
                        .add("amount", approved.getJsonNumber("total"))
                        .add("voucher", "UI-ADJ-" + paid)
                        .build()));

        // the death, reported late: September to December were paid for nothing
        ok(admin.post(
                "api/stays/" + stayA + "/corrections",
                object().add("reason", "死亡证明迟报")
                        .add("dischargedOn", "2025-09-01")
                        .add("dischargeReason", "DECEASED")
                        .build()));
        String recovery = english ? "Recovery" : "追缴";
        String cause = english ? "Stay corrected" : "更正入住记录";

        // the home sees what its next application will carry
        WebDriver driver = logIn(homeAdmin, english);
        ApplicationsPage.open(driver, base.toString());
        String outstanding = visible(driver, By.id("outstanding")).getText();
        assertThat(outstanding)
                .contains(english ? "Outstanding adjustments" : "待结算的调整", recovery, "2025-09", "2025-12", cause)
                .contains(english ? "Application " + paid + ", line" : "第" + paid + "号申请")
                .contains("-¥120.00");

        long next = homeApi.post(
                        "api/applications",
                        object().add("careHomeId", home)
                                .add("kind", "OPERATING")
                                .add("from", "2026-01")
                                .add("to", "2026-06")
                                .build())
                .id();
        ApplicationsPage.openApplication(driver, base.toString(), next).submit(english ? "Submitted" : "已提交");
        String section = visible(driver, By.id("application:adjustments")).getText();
        assertThat(section).contains(recovery, "2025-10", cause);
        assertThat(driver.findElement(By.id("application:adjustedTotal")).getText())
                .isEqualTo("¥240.00");

        // the county's auditor reviews it: the adjustments apart from the lines, with their totals
        driver = logIn(countyAuditor, english);
        ReviewPage.open(driver, base.toString(), next);
        String review = visible(driver, By.id("review:adjustments")).getText();
        assertThat(review)
                .contains(english ? "Adjustments: back-pay and recovery" : "调整：补发与追缴")
                .contains(recovery, cause, "¥120.00", "¥0.00", "-¥120.00");
        assertThat(driver.findElement(By.id("review:linesTotal")).getText()).isEqualTo("¥720.00");
        assertThat(driver.findElement(By.id("review:adjustmentsTotal")).getText())
                .isEqualTo("-¥480.00");
        assertThat(driver.findElement(By.id("review:adjustedTotal")).getText()).isEqualTo("¥240.00");
        assertThat(driver.findElement(By.id("review:carriedOver")).getText()).isEqualTo("¥0.00");
        assertThat(driver.findElement(By.id("review:total")).getText()).isEqualTo("¥240.00");
        // the link to the application and line it corrects
        driver.findElements(By.cssSelector("[id$='corrects']")).get(0).click();
        visible(driver, By.id("review:state"));
        assertThat(driver.getCurrentUrl()).contains("id=" + paid);

        // the family reads it in plain words, their elder's months only
        driver = logIn(family, english);
        FamilyPage.open(driver, base.toString());
        String words =
                visible(driver, By.cssSelector(".jiali-family-adjustments")).getText();
        assertThat(words)
                .contains(english ? "September 2025" : "2025年9月", english ? "December 2025" : "2025年12月", "¥120.00")
                .contains(english ? "is being recovered from the home" : "正在从养老院追回")
                .doesNotContain("720", "240");
    }
}
