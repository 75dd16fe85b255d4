package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.TestData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/RULES.md §8.1–8.2 in the UI: a county auditor files a care home, records a change of its filed capacity,
 * corrects its name (a reason is required) and sees the dated history and the record's history; in Chinese and
 * in English.
 */
@DisplayName("Browser: a county auditor keeps the care homes' register")
class CareHomeRegistryBrowserIT extends BrowserITBase {

    @Test
    @DisplayName("中文: file a home, change its filed capacity, correct its name, see the history")
    void inChinese() {
        walk(false);
    }

    @Test
    @DisplayName("English: the same walk")
    void inEnglish() {
        walk(true);
    }

    private void walk(boolean english) {
        String auditor = user("COUNTY_AUDITOR", object().add("countyCode", "511102"));
        logIn(auditor);
        CareHomesPage homes = CareHomesPage.openFromNavigation(browser.driver());
        if (english) {
            homes.switchToEnglish();
        }
        assertThat(homes.heading()).isEqualTo(english ? "Care homes" : "养老机构");
        assertThat(homes.navigation()).contains(english ? "Care homes" : "养老机构");

        String name = TestData.name(english ? "Registry Home " : "登记养老院");
        homes.openFile().file(name, TestData.creditCode(), english ? "private" : "民办", "2021-01-01", 20);
        assertThat(homes.growl()).contains(name);
        assertThat(homes.search(name).names()).containsExactly(name);

        CareHomeRecordPage home = homes.open(name);
        assertThat(home.heading()).isEqualTo(name);
        assertThat(home.filedBeds()).isEqualTo("20");
        assertThat(home.timeline("filedBedsHistory")).containsExactly("2021-01-01 20");

        home.changeFiledBeds("2024-01-01", 30);
        assertThat(home.filedBeds()).isEqualTo("30");
        assertThat(home.timeline("filedBedsHistory")).containsExactly("2021-01-01 20", "2024-01-01 30");
        browser.screenshot("CareHomeRegistryBrowserIT-timeline-" + (english ? "en" : "zh"));

        String corrected = name + (english ? " Corrected" : "更正");
        home.openCorrection().correctName(corrected, "");
        assertThat(home.correctionError("reason")).isEqualTo(english ? "Please give a reason." : "请填写原因。");
        assertThat(home.heading()).as("refused: nothing changed").isEqualTo(name);
        home.correctName(corrected, english ? "typo in the name" : "名称录入错误").waitForCorrectionClosed();
        assertThat(home.heading()).isEqualTo(corrected);

        assertThat(String.join("\n", home.history()))
                .contains(english ? "Care home corrected" : "更正机构信息")
                .contains(name)
                .contains(corrected)
                .contains(english ? "Filed capacity changed" : "备案床位数变更")
                .contains("2024-01-01");
        browser.screenshot("CareHomeRegistryBrowserIT-history-" + (english ? "en" : "zh"));
    }
}
