package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Browser: a resident's history (with their stays' events) in Chinese and in English (docs/RULES.md §8, issue #14
 * item 8): each action in words, newest first, printable without buttons. The resident's own page includes the
 * same table (record-history.xhtml); it is checked there once the correction helpers' pages are merged.
 */
@DisplayName("Browser: a resident's history shows translated actions, newest first, in Chinese and English")
class HistoryBrowserIT extends BrowserITBase {

    @Test
    @DisplayName("registered, admitted, discharged: 登记老人/入住/退住 and Resident registered/Admitted/Discharged")
    void residentHistory() {
        long home = city.home("PRIVATE", "511102", LocalDate.of(2020, 6, 1), 20);
        long bed = city.bed(home, "HX-1", LocalDate.of(2021, 3, 1));
        long resident = city.resident(LocalDate.of(1944, 2, 2), "511102", 2, LocalDate.of(2024, 1, 10));
        long stay = city.admit(resident, bed, LocalDate.of(2024, 2, 1));
        var out = admin.post(
                "api/stays/" + stay + "/discharge",
                object().add("on", "2024-03-01").add("reason", "RETURNED_HOME").build());
        assertThat(out.status()).as(out.toString()).isEqualTo(200);
        String user = user("HOME_ADMIN", object().add("careHomeId", home));

        logIn(user);
        RecordHistoryPage zh = RecordHistoryPage.open(browser.driver(), base.toString(), "Resident", resident, true);
        assertThat(zh.heading()).contains("老人", String.valueOf(resident));
        assertThat(zh.actions()).containsExactly("退住", "入住", "登记老人");
        assertThat(zh.headings()).contains("时间", "办理人", "记录", "事项");
        assertThat(zh.shownInPrint()).containsExactly(false, true);

        RecordHistoryPage en = zh.switchToEnglish();
        assertThat(en.actions()).containsExactly("Discharged", "Admitted", "Resident registered");
        assertThat(en.headings()).contains("Record");

        // the resident alone: no stay's entries
        RecordHistoryPage alone =
                RecordHistoryPage.open(browser.driver(), base.toString(), "Resident", resident, false);
        assertThat(alone.actions()).containsExactly("Resident registered");
    }

    @Test
    @DisplayName("a record outside the scope is not found")
    void outsideScope() {
        long home = city.home("PRIVATE", "511102", LocalDate.of(2020, 6, 1), 20);
        long other = city.home("PRIVATE", "511102", LocalDate.of(2020, 6, 1), 20);
        String user = user("HOME_ADMIN", object().add("careHomeId", home));
        logIn(user);
        browser.driver().get(base + "app/history.xhtml?entityType=CareHome&entityId=" + other);
        assertThat(browser.driver()
                        .findElement(org.openqa.selenium.By.tagName("body"))
                        .getText())
                .doesNotContain("CARE_HOME_CREATED", "登记养老机构");
        RecordHistoryPage own = RecordHistoryPage.open(browser.driver(), base.toString(), "CareHome", home, true);
        assertThat(own.actions()).containsExactly("登记养老机构");
    }
}
