package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.CityPolicies;
import com.jialicare.it.support.PaidConstruction;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Browser: a bed's construction subsidy on the bed board (issue #15 item 4, RULES.md §8.6)")
class ConstructionHoldBrowserIT extends BrowserITBase {

    @Test
    @DisplayName("the bed's dialog shows the claim, the payment, the hold and what is to recover after retirement")
    void bedDialogShowsTheHold() {
        CityPolicies.ensure(admin);
        long home = city.home("PRIVATE", "511126", LocalDate.of(2020, 1, 1), 10);
        long retired = city.bed(home, "S-1", LocalDate.of(2023, 3, 1));
        city.bed(home, "S-2", LocalDate.of(2023, 3, 1));
        city.bed(home, "S-3", LocalDate.of(2025, 3, 1)); // commissioned after the as-of date: never claimed
        String user = user("HOME_ADMIN", object().add("careHomeId", home));
        ApiClient homeAdmin =
                city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        long app = PaidConstruction.submitted(homeAdmin, home, LocalDate.of(2024, 6, 1));
        PaidConstruction.approveAndPay(city, admin, "511126", Map.of(app, LocalDate.of(2024, 6, 1)));
        PaidConstruction.retire(homeAdmin, home, retired, "2026-06-01");

        BedBoardPage board = loginPage().logInToCareHome(user, PASSWORD).openBedBoard();
        board.click("S-1");
        assertThat(board.subsidyText())
                .contains("建设补贴", String.valueOf(app), "已拨付", "¥11,000.00", "2024-06-01", "持有至 2029-06-01")
                .contains("应追缴：¥6,600.00", "床位停用", "剩余 36 个整月");
        board.closeDialog();

        board.click("S-2");
        assertThat(board.subsidyText()).contains("持有至 2029-06-01", "持有期内，无需追缴");
        board.closeDialog();

        board.click("S-3");
        assertThat(board.subsidyText()).contains("尚未被任何建设补贴申请申报");
        browser.screenshot("ConstructionHoldBrowserIT-bed-dialog");
    }
}
