package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/RULES.md §8.1 on the bed board (issue #14): a retired bed back in service from a day. */
@DisplayName("Browser: a retired bed back in service from a day, on the bed board")
class BedReturnBrowserIT extends BrowserITBase {

    private static final LocalDate R = LocalDate.of(2024, 3, 1);
    private static final LocalDate D = LocalDate.of(2024, 5, 1);

    private String statusOn(long home, long bed, LocalDate day) {
        return admin.get("api/care-homes/" + home + "/beds?on=" + day).array().stream()
                .map(JsonValue::asJsonObject)
                .filter(b -> b.getJsonNumber("id").longValue() == bed)
                .findFirst()
                .orElseThrow()
                .getString("status");
    }

    @Test
    @DisplayName("in Chinese: a day not after the retirement refused beside the day; then back from D")
    void backInService() {
        long home = city.home("PRIVATE", "511102", LocalDate.of(2021, 1, 1), 10);
        long bed = city.bed(home, "G-1", LocalDate.of(2022, 1, 1));
        var retired = admin.post(
                "api/care-homes/" + home + "/beds/" + bed + "/retire",
                object().add("on", R.toString()).build());
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        String homeAdmin = user("HOME_ADMIN", object().add("careHomeId", home));

        BedBoardPage board = loginPage().logInToCareHome(homeAdmin, PASSWORD).openBedBoard();
        assertThat(board.status("G-1")).isEqualTo("RETIRED");
        board.click("G-1");
        assertThat(board.returnToService(R.toString())).contains("停用").contains(R.toString());
        assertThat(statusOn(home, bed, D)).as("nothing changed").isEqualTo("RETIRED");
        assertThat(board.returnToService(D.toString())).isNull();
        board.waitForStatus("G-1", "VACANT");

        assertThat(statusOn(home, bed, R.plusDays(10))).isEqualTo("RETIRED");
        assertThat(statusOn(home, bed, D)).isEqualTo("VACANT");
        board.click("G-1");
        browser.screenshot("BedReturnBrowserIT");
    }
}
