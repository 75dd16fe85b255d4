package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.PipelineScenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * Issue #15 item 5, where the money stands: on the city dashboard a city auditor reads the pipeline of 2025 per county
 * (applied, approved, paid, to recover, to pay back) and follows it county → home → application → its review page, in
 * Chinese; the labels in English; and a home's administrator reads the same figures of their home on its start page.
 * The year of {@link PipelineScenario}.
 */
@DisplayName("Browser: where the money stands, on the city dashboard and the home's page")
class PipelineBrowserIT extends BrowserITBase {

    @Test
    @DisplayName("the pipeline per county, drilled down to an application, in Chinese; the labels in English")
    void pipeline() {
        PipelineScenario s = PipelineScenario.build(city, admin);
        String cityAuditor = user("CITY_AUDITOR", object());

        WebDriver driver = logIn(cityAuditor);
        CityDashboardPage page = CityDashboardPage.open(driver, base.toString()).year(2025);
        assertThat(page.pipelineSection()).contains("资金进度");
        assertThat(page.pipelineCounties()).contains("已申报", "市级已审批", "已拨付", "待追缴", "待补发", "全市合计");
        assertThat(page.pipelineCountyRow("马边彝族自治县")).contains("¥");

        page.openCounty("沐川县");
        assertThat(page.pipelineHomesTitle()).contains("沐川县", "2025");
        // applied 2,880 + 22,000; approved and paid 2,880; 480 to recover; nothing to pay back
        assertThat(page.pipelineHomeRow(s.a1.name()))
                .containsSubsequence(s.a1.name(), "¥24,880.00", "¥2,880.00", "¥2,880.00", "¥480.00", "¥0.00");
        assertThat(page.pipelineHomeRow(s.a2.name()))
                .containsSubsequence(s.a2.name(), "¥720.00", "¥720.00", "¥0.00", "¥0.00", "¥0.00");

        page.openHome(s.a1.name());
        assertThat(page.pipelineHomeTitle()).contains(s.a1.name(), "2025");
        assertThat(page.pipelineApplicationRow(s.a1Operating))
                .contains("运营补贴", "2025-01", "2025-12", "已拨付", "¥2,880.00");
        assertThat(page.pipelineApplicationRow(s.a1Construction)).contains("建设补贴", "2025-06-01", "¥22,000.00");
        browser.wholePageScreenshot("pipeline-zh");

        ReviewPage review = page.openApplication(s.a1Operating);
        assertThat(review.state()).contains("已拨付");
        assertThat(driver.getCurrentUrl()).contains("id=" + s.a1Operating);

        // the home's administrator: the same figures on the home's start page
        String homeAdmin = user("HOME_ADMIN", object().add("careHomeId", s.a1.id()));
        browser.logOut();
        CareHomePage home = loginPage().logInToCareHome(homeAdmin, PASSWORD);
        home.moneyYear(2025);
        assertThat(home.moneyPanel()).contains("本机构本年度补贴资金进度", "待追缴");
        assertThat(home.money("applied")).isEqualTo("¥24,880.00");
        assertThat(home.money("approved")).isEqualTo("¥2,880.00");
        assertThat(home.money("paid")).isEqualTo("¥2,880.00");
        assertThat(home.money("recovery")).isEqualTo("¥480.00");
        assertThat(home.money("backPay")).isEqualTo("¥0.00");

        // the labels in English
        browser.logOut();
        loginPage().switchToEnglish().logInAs(cityAuditor, PASSWORD);
        CityDashboardPage english =
                CityDashboardPage.open(driver, base.toString()).year(2025);
        assertThat(english.pipelineSection()).contains("Where the money stands");
        assertThat(english.pipelineCounties())
                .contains("Applied", "Approved by the city", "Paid", "Recovery due", "Back-pay due", "City total");
        assertThat(english.pipelineCountyRow("Muchuan County")).contains("¥");
    }
}
