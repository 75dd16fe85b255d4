package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Browser: a wrong discharge day corrected and a mistaken discharge reopened on the resident's page")
class StayCorrectionsBrowserIT extends BrowserITBase {

    private static final LocalDate D = LocalDate.of(2024, 1, 1);

    private record Story(String homeAdmin, long resident, long stay) {}

    private Story dischargedStay() {
        long home = city.home("PRIVATE", "511102", D, 10);
        long bed = city.bed(home, "F-1", D);
        long resident = city.resident(LocalDate.of(1945, 4, 4), "511102", 2, D);
        long stay = city.admit(resident, bed, LocalDate.of(2024, 1, 10));
        var r = admin.post(
                "api/stays/" + stay + "/discharge",
                object().add("on", "2024-03-01").add("reason", "RETURNED_HOME").build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return new Story(user("HOME_ADMIN", object().add("careHomeId", home)), resident, stay);
    }

    private void walk(boolean english, String reasonRequired, String living) {
        Story s = dischargedStay();
        if (english) {
            browser.logOut();
            loginPage().switchToEnglish().logInAs(s.homeAdmin(), PASSWORD);
        } else {
            logIn(s.homeAdmin());
        }
        ResidentPage page = ResidentPage.open(browser.driver(), base.toString(), s.resident());
        assertThat(page.stays()).contains(english ? "Stays" : "入住");
        assertThat(page.stay(s.stay())).contains("2024-03-01");

        // checked before confirming: no reason, the dialog says so beside the field, nothing is sent
        String fault = page.correctDischarge(s.stay(), "2024-03-20", "");
        assertThat(fault).contains(reasonRequired);
        assertThat(admin.get("api/stays/" + s.stay()).json().getString("dischargedOn"))
                .isEqualTo("2024-03-01");
        page.finishCorrection(english ? "wrong discharge day" : "退住日期录错");
        assertThat(page.stay(s.stay())).contains("2024-03-20");
        assertThat(admin.get("api/stays/" + s.stay()).json().getString("dischargedOn"))
                .isEqualTo("2024-03-20");

        page.reopen(s.stay(), english ? "discharged by mistake" : "误办退住");
        assertThat(page.stay(s.stay())).contains(living);
        assertThat(admin.get("api/stays/" + s.stay()).json().isNull("dischargedOn"))
                .isTrue();

        assertThat(page.history(s.stay()))
                .contains(english ? "Stay corrected" : "更正入住记录")
                .contains("2024-03-20");
        browser.screenshot("StayCorrectionsBrowserIT-" + (english ? "en" : "zh"));
    }

    @Test
    @DisplayName("in Chinese")
    void chinese() {
        walk(false, "原因", "在住");
    }

    @Test
    @DisplayName("in English")
    void english() {
        walk(true, "reason", "living here");
    }
}
