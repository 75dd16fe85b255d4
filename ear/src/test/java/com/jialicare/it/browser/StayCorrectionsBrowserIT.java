package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Browser: a wrong discharge day and a wrong day of a move corrected, a mistaken discharge reopened"
        + " on the resident's page; every correction checked before it is confirmed")
class StayCorrectionsBrowserIT extends BrowserITBase {

    private static final LocalDate D = LocalDate.of(2024, 1, 1);

    private record Story(String homeAdmin, long resident, String name, long stay, long move) {}

    /** Admitted to F-1 on 2024-01-10, moved to F-2 on 2024-02-01, discharged on 2024-03-01. */
    private Story dischargedStay() {
        long home = city.home("PRIVATE", "511102", D, 10);
        long bed = city.bed(home, "F-1", D);
        long second = city.bed(home, "F-2", D);
        long resident = city.resident(LocalDate.of(1945, 4, 4), "511102", 2, D);
        long stay = city.admit(resident, bed, LocalDate.of(2024, 1, 10));
        var moved = admin.post(
                "api/stays/" + stay + "/transfers",
                object().add("bedId", second).add("on", "2024-02-01").build());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        var r = admin.post(
                "api/stays/" + stay + "/discharge",
                object().add("on", "2024-03-01").add("reason", "RETURNED_HOME").build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        String name = admin.get("api/residents/" + resident).json().getString("name");
        return new Story(
                user("HOME_ADMIN", object().add("careHomeId", home)),
                resident,
                name,
                stay,
                beds(stay).get(1).getJsonNumber("id").longValue());
    }

    private List<JsonObject> beds(long stay) {
        return admin.get("api/stays/" + stay).json().getJsonArray("beds").stream()
                .map(JsonValue::asJsonObject)
                .toList();
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

        // B. the day of the move into F-2: checked first, refused by §2 beside the day, then corrected
        assertThat(page.askMove(s.stay(), s.move(), "2024-01-25", "")).contains(reasonRequired);
        assertThat(page.confirmationOpen()).isFalse();
        String why = english ? "wrong day of the move" : "转床日期录错";
        assertThat(page.askMove(s.stay(), s.move(), "2024-01-05", why)).isNull();
        assertThat(page.confirmation()).contains(s.name()).contains("F-2").contains("2024-01-05");
        page.confirm("move-dialog");
        assertThat(page.moveFault())
                .as("refused: before the admission")
                .contains(english ? "A move must be after" : "转床日期须晚于")
                .contains("2024-01-10");
        assertThat(beds(s.stay()).get(1).getString("from")).isEqualTo("2024-02-01");
        assertThat(page.askMove(s.stay(), s.move(), "2024-01-25", why)).isNull();
        page.confirm("move-dialog");
        assertThat(page.moveFault()).isNull();
        assertThat(beds(s.stay()).get(1).getString("from")).isEqualTo("2024-01-25");
        assertThat(page.stay(s.stay())).contains("2024-01-25");

        // C. reopening: the reason is checked first (no confirmation), then the confirmation names person and bed
        assertThat(page.askReopen(s.stay(), "")).contains(reasonRequired);
        assertThat(page.confirmationOpen()).isFalse();
        assertThat(admin.get("api/stays/" + s.stay()).json().isNull("dischargedOn"))
                .isFalse();
        assertThat(page.askReopen(s.stay(), english ? "discharged by mistake" : "误办退住"))
                .isNull();
        assertThat(page.confirmation()).contains(s.name()).contains("F-2");
        page.confirm("reopen-dialog");
        assertThat(page.stay(s.stay())).contains(living);
        assertThat(admin.get("api/stays/" + s.stay()).json().isNull("dischargedOn"))
                .isTrue();

        assertThat(page.history(s.stay()))
                .contains(english ? "Stay corrected" : "更正入住记录")
                .contains("2024-03-20")
                .contains("2024-01-25");
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
