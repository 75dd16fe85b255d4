package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.Deployments;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

@DisplayName("Browser: the subsidy preview, the city dashboard and the policy table")
class SubsidyScreensBrowserIT extends BrowserITBase {

    /** 马边彝族自治县: no other test files homes there. */
    private static final String COUNTY = "511133";

    @Test
    @DisplayName("the home previews both subsidies: totals, every line with its reason, filtered to the excluded ones")
    void preview() {
        long home = city.admitted()
                .county(COUNTY)
                .homeFiled(LocalDate.of(2020, 1, 1), 1)
                .bed("P-1", LocalDate.of(2022, 1, 10))
                .resident(LocalDate.of(1950, 3, 1), 3, LocalDate.of(2023, 12, 1))
                .admittedOn(LocalDate.of(2024, 1, 1))
                .admit()
                .home();
        city.bed(home, "P-2", LocalDate.of(2022, 1, 11));
        WebDriver driver = logIn(user("HOME_ADMIN", object().add("careHomeId", home)), PASSWORD);

        SubsidyPreviewPage page =
                SubsidyPreviewPage.open(driver, base.toString()).operating("2024-01", "2024-12");
        assertThat(page.figure("op", "total")).isEqualTo("¥1,750.00");
        assertThat(page.figure("op", "eligibleCount")).isEqualTo("7");
        assertThat(page.figure("op", "excludedCount")).isEqualTo("5");
        page.onlyExcluded("op");
        assertThat(page.figure("op", "shownCount")).isEqualTo("5");
        assertThat(page.reasons("op")).hasSize(5).containsOnly("入住未满政策规定的最短期限");

        page.construction("2024-06-01");
        // one filed bed: the second new bed is over the filed capacity
        assertThat(page.figure("con", "eligibleCount")).isEqualTo("1");
        assertThat(page.figure("con", "excludedCount")).isEqualTo("1");
        assertThat(page.reasons("con")).containsExactly("", "超出核定床位数");
        browser.wholePageScreenshot("care-home-subsidy-preview");
    }

    @Test
    @DisplayName("switched to English, the preview's labels and reasons are English; money and months look the same")
    void english() {
        long home = city.admitted()
                .county(COUNTY)
                .homeFiled(LocalDate.of(2020, 1, 1), 1)
                .bed("E-1", LocalDate.of(2022, 1, 10))
                .resident(LocalDate.of(1950, 3, 1), 3, LocalDate.of(2023, 12, 1))
                .admittedOn(LocalDate.of(2024, 1, 1))
                .admit()
                .home();
        String user = user("HOME_ADMIN", object().add("careHomeId", home));
        WebDriver driver = browser.driver();
        loginPage().switchToEnglish().logInAs(user, PASSWORD);

        SubsidyPreviewPage page =
                SubsidyPreviewPage.open(driver, base.toString()).operating("2024-01", "2024-12");
        assertThat(new HomePage(driver).heading()).isEqualTo("Subsidy preview");
        assertThat(page.figure("op", "total")).isEqualTo("¥1,750.00");
        assertThat(page.reasons("op")).startsWith("Stay has not reached the policy's minimum length");
    }

    @Test
    @DisplayName("the city dashboard charts beds, occupancy and the year's subsidies per county")
    void dashboard() {
        long home = city.admitted()
                .county(COUNTY)
                .homeFiled(LocalDate.of(2020, 1, 1), 5)
                .bed("C-1", LocalDate.of(2022, 1, 10))
                .resident(LocalDate.of(1950, 3, 1), 3, LocalDate.of(2023, 12, 1))
                .admittedOn(LocalDate.of(2024, 1, 1))
                .admit()
                .home();
        city.bed(home, "C-2", LocalDate.of(2022, 1, 10));
        WebDriver driver = logIn(user("CITY_AUDITOR", object()), PASSWORD);

        CityDashboardPage page = CityDashboardPage.open(driver, base.toString());
        assertThat(page.totalBeds()).isGreaterThanOrEqualTo(2);
        assertThat(page.totalOccupied()).isGreaterThanOrEqualTo(1);
        assertThat(page.occupancyTable()).contains("马边彝族自治县");
        assertThat(page.subsidyTable()).contains("马边彝族自治县");
        assertThat(page.operatingTotal()).startsWith("¥");
        browser.wholePageScreenshot("audit-dashboard");
        // printed: the figures and charts, without the menus or the year's filter
        assertThat(Printing.shownInPrint(
                        driver,
                        By.cssSelector(".jiali-header"),
                        By.id("nav"),
                        By.cssSelector(".jiali-filters"),
                        By.cssSelector(".jiali-chart-box"),
                        By.cssSelector(".jiali-totals")))
                .containsExactly(false, false, false, true, true);
    }

    @Test
    @DisplayName("the administrator sees every policy version; a version dated before the latest is refused in Chinese")
    // Refused only: a version added here would change the amounts every other test of the suite computes.
    void policies() {
        WebDriver driver = logIn("admin", Deployments.ADMIN_PASSWORD);

        PoliciesPage page = PoliciesPage.open(driver, base.toString());
        assertThat(page.versionsTable()).contains("2021-01-01").contains("¥11,000.00");
        String growl = page.add("2020-12-31", "240"); // before version 1, so before whatever is latest
        assertThat(growl).contains("未能完成").contains("新版本的生效日期须晚于最新版本");
        browser.wholePageScreenshot("admin-policies");
    }
}
