package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.ServerClock;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * Issue #16 items 6–7 in the browser: the state tells the truth once a notice has ended, approval is not offered
 * during it, a first day in the past warns, the payment dialog says what is paid to whom; the home's administrator
 * sees the to-do badge and the notifications. In Chinese, with a short check in English.
 */
@DisplayName("Browser: workflow states that tell the truth, to-dos and notifications")
class WorkflowStatesBrowserIT extends BrowserITBase {

    /** 井研县: the homes of this test are its own. */
    private static final String COUNTY = "511124";

    private static void ok(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 201);
    }

    @Test
    @DisplayName(
            "a notice that ended reads 公示已结束，待审批 (Notice ended, awaiting approval); approve only then; the payment names amount and payee; the home's badge and notifications")
    void statesTodosAndNotifications() {
        com.jialicare.it.support.CityPolicies.ensure(admin);
        long home = city.home("PRIVATE", COUNTY, LocalDate.of(2020, 1, 1), 10);
        city.bed(home, "W-1", LocalDate.of(2022, 1, 10));
        String homeName = admin.get("api/care-homes/" + home).json().getString("name");
        String homeAdmin = user("HOME_ADMIN", object().add("careHomeId", home));
        String county = user("COUNTY_AUDITOR", object().add("countyCode", COUNTY));
        String cityAuditor = user("CITY_AUDITOR", object());
        ApiClient homeApi = admin.as(homeAdmin, PASSWORD);
        var created = homeApi.post(
                "api/applications",
                object().add("careHomeId", home)
                        .add("kind", "CONSTRUCTION")
                        .add("asOf", "2024-06-01")
                        .build());
        ok(created);
        long id = created.id();
        ok(homeApi.post("api/applications/" + id + "/submit"));
        ok(admin.as(county, PASSWORD).post("api/applications/" + id + "/approve", object().build()));
        BigDecimal total = homeApi.get("api/applications/" + id)
                .json()
                .getJsonNumber("total")
                .bigDecimalValue();
        String amount = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(total);
        LocalDate today = ServerClock.today(admin);

        // the city: a first day in the past warns before anything is recorded; started today, it runs 7 days
        WebDriver driver = logIn(cityAuditor);
        ReviewPage review = ReviewPage.open(driver, base.toString(), id);
        assertThat(review.noticeWarning(today.minusDays(2).toString()))
                .contains("早于今天", "满 7 天", today.plusDays(6).toString());
        PrimeFacesWaits.type(driver, org.openqa.selenium.By.id("noticeForm:from_input"), today.toString());
        review.confirmNotice("公示中");
        assertThat(review.state()).isEqualTo("公示中，至 " + today.plusDays(6));
        assertThat(review.offers("approve")).as("approve during the notice").isFalse();
        assertThat(review.offers("return")).isTrue();

        // the notice ends: the page, the queue and the English page say so, and approval is offered
        LocalDate later = ServerClock.advanceTo(admin, today.plusDays(7));
        review = ReviewPage.open(driver, base.toString(), id);
        assertThat(review.state()).isEqualTo("公示已结束，待审批");
        assertThat(review.offers("approve")).isTrue();
        assertThat(ReviewQueuePage.open(driver, base.toString()).rows())
                .anyMatch(r -> r.contains(homeName) && r.contains("公示已结束，待审批"));
        review = ReviewPage.open(driver, base.toString(), id).inEnglish("Notice ended, awaiting approval");
        review = review.inChinese("公示已结束，待审批");
        review.approve("公示无异议", "市级已审批");
        assertThat(review.paymentDialogText())
                .isEqualTo("向 " + homeName + "（收款方）拨付 " + amount + "：申请 " + id + " 的核定总额。");
        review.pay("PZ-WS-" + id);

        // the home: one draft waits (the badge), three notifications (approved twice, paid), read one by one
        ok(homeApi.post(
                "api/applications",
                object().add("careHomeId", home)
                        .add("kind", "CONSTRUCTION")
                        .add("asOf", later.minusDays(1).toString())
                        .build()));
        driver = logIn(homeAdmin);
        assertThat(NotificationsPage.badge(driver, "todo-badge")).isEqualTo("1");
        assertThat(NotificationsPage.badge(driver, "notification-badge")).isEqualTo("3");
        NotificationsPage notices = NotificationsPage.fromNav(driver);
        assertThat(notices.rows()).hasSize(3);
        assertThat(notices.rows().get(0)).contains("申请 " + id + " 已拨付", "PZ-WS-" + id, "未读");
        notices.markFirstRead();
        assertThat(notices.rows().get(0)).contains("已读");
        WebDriver shown = driver;
        PrimeFacesWaits.until(driver)
                .until(d -> NotificationsPage.badge(shown, "notification-badge").equals("2"));
        notices = notices.switchToEnglish();
        assertThat(notices.heading()).isEqualTo("Notifications");
        assertThat(notices.rows().get(0)).contains("Application " + id + " was paid", "Read");
    }
}
