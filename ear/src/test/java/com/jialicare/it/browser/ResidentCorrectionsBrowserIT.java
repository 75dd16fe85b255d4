package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.AdmittedResident;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/RULES.md §8.1–8.2 on the resident's page, in Chinese and in English: a care home's administrator corrects a
 * resident's name and first-recorded hukou, is refused a withdrawal without a reason (next to the field), records
 * that the elder became state-supported from 2025-07-10, and sees the operating preview of 2025 exclude exactly the
 * six months from July on.
 */
@DisplayName("Browser: a resident's changes and corrections")
class ResidentCorrectionsBrowserIT extends BrowserITBase {

    private static final LocalDate BORN = LocalDate.of(1950, 3, 1);

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"zh", "en"})
    @DisplayName("correct the name and the hukou; state-supported from 2025-07-10 excludes July to December")
    void correctAndChange(String language) {
        AdmittedResident.Ids ids = city.admitted()
                .resident(BORN, 3, LocalDate.of(2023, 12, 1))
                .admittedOn(LocalDate.of(2024, 1, 1))
                .admit();
        String user = user("HOME_ADMIN", object().add("careHomeId", ids.home()));
        var driver = logIn(user);
        ResidentFactsPage page = ResidentFactsPage.open(driver, base.toString(), ids.resident());
        boolean english = language.equals("en");
        if (english) {
            page.switchToEnglish();
        }

        String name = english ? "Wang Corrected" : "王更正";
        page.correctName(name, english ? "typo in the name" : "姓名错字");
        assertThat(page.heading()).isEqualTo(name);

        page.correctHukouEntry(BORN.toString(), "511111", english ? "wrong county" : "户籍录错");
        assertThat(page.identity()).contains("511111");
        assertThat(page.timeline("hukou-entry")).hasSize(1).first().asString().contains("511111");

        page.recordStateSupportFrom("2025-07-10");
        assertThat(page.timeline("state-support-entry")).hasSize(2);
        assertThat(page.timeline("state-support-entry").get(1)).contains("2025-07-10");

        String refusal = page.withdrawStateSupportWithoutReason("2025-07-10");
        assertThat(refusal).isNotBlank();
        assertThat(page.withdrawn("state-support-entry", "2025-07-10")).isFalse();
        browser.screenshot("ResidentCorrectionsBrowserIT-record-" + language);

        SubsidyPreviewPage preview =
                SubsidyPreviewPage.open(driver, base.toString()).operating("2025-01", "2025-12");
        assertThat(preview.figure("op", "eligibleCount")).isEqualTo("6");
        assertThat(preview.figure("op", "excludedCount")).isEqualTo("6");
        assertThat(preview.figure("op", "total")).isEqualTo("¥1,500.00");
        if (!english) {
            preview.onlyExcluded("op");
            assertThat(preview.reasons("op")).hasSize(6).allMatch(r -> r.contains("特困供养"));
        }
        browser.screenshot("ResidentCorrectionsBrowserIT-preview-" + language);
    }
}
