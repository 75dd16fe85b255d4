package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.TestData;
import jakarta.json.Json;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * docs/RULES.md §8.2 on the registry's resident pages, in Chinese and in English: a city auditor finds a resident,
 * corrects the ID number (an invalid one is refused next to the field, nothing changes), is refused the merge of a
 * registration whose stay overlaps, and merges a duplicate registration: the page shows the kept registration with
 * both stays and its history the merge. A county auditor does not find a resident outside the county (not found);
 * a care home's administrator and a family member may not open the pages.
 */
@DisplayName("Browser: auditors correct and merge residents' registrations")
class RegistryResidentsBrowserIT extends BrowserITBase {

    private static final LocalDate FILED = LocalDate.of(2020, 6, 1);
    private static final LocalDate BORN = LocalDate.of(1946, 5, 20);

    private long register(String name, String idNumber) {
        var r = admin.post(
                "api/residents",
                object().add("name", name)
                        .add("idNumber", idNumber)
                        .add("hukouCode", "511102")
                        .add("stateSupported", false)
                        .add("careLevel", 2)
                        .add("assessedOn", "2023-01-10")
                        .build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.id();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"zh", "en"})
    @DisplayName("find a resident, correct the ID number, merge a duplicate (an overlapping one is refused)")
    void correctAndMerge(String language) {
        boolean english = language.equals("en");
        long home = city.home("PRIVATE", "511102", FILED, 10);
        long bed1 = city.bed(home, "M-1", FILED);
        long bed2 = city.bed(home, "M-2", FILED);
        long bed3 = city.bed(home, "M-3", FILED);
        String name = TestData.name(english ? "Registry Elder " : "登记老人");
        String duplicateName = name + (english ? " Dup" : "重复");
        String overlappingName = name + (english ? " Overlap" : "重叠");
        String oldNumber = TestData.idNumber(BORN, true);
        long kept = register(name, oldNumber);
        long keptStay = city.admit(kept, bed1, LocalDate.of(2024, 1, 1));
        long duplicate = register(duplicateName, TestData.idNumber(BORN, true));
        long duplicateStay = city.admit(duplicate, bed2, LocalDate.of(2023, 3, 1));
        var discharged = admin.post(
                "api/stays/" + duplicateStay + "/discharge",
                object().add("on", "2023-06-01").add("reason", "RETURNED_HOME").build());
        assertThat(discharged.status()).as(discharged.toString()).isEqualTo(200);
        long overlapping = register(overlappingName, TestData.idNumber(BORN, true));
        city.admit(overlapping, bed3, LocalDate.of(2024, 6, 1));

        String auditor = user("CITY_AUDITOR", object());
        browser.logOut();
        if (english) {
            loginPage().switchToEnglish().logInAs(auditor, PASSWORD);
        } else {
            loginPage().logInAs(auditor, PASSWORD);
        }
        RegistryResidentsPage list = RegistryResidentsPage.openFromNavigation(browser.driver());
        assertThat(list.heading()).isEqualTo(english ? "Residents" : "居民");
        assertThat(list.navigation()).contains(english ? "Residents" : "居民");
        assertThat(list.search(name).names()).containsExactlyInAnyOrder(name, duplicateName, overlappingName);
        assertThat(String.join("\n", list.rows()))
                .as("the list masks the ID number")
                .doesNotContain(oldNumber)
                .contains(oldNumber.substring(0, 4));

        RegistryResidentPage page = list.open(name);
        assertThat(page.heading()).isEqualTo(name);
        assertThat(page.identity()).contains(oldNumber);

        // an invalid number (its check character changed): refused next to the field, nothing changed
        char check = oldNumber.charAt(17);
        String invalid = oldNumber.substring(0, 17) + (check == '1' ? '2' : '1');
        String refusal = page.correctIdNumberRefused(invalid, english ? "mistyped number" : "号码录错");
        assertThat(refusal).contains(english ? "check character" : "校验码");
        assertThat(page.identity()).contains(oldNumber).doesNotContain(invalid);

        String newNumber = TestData.idNumber(BORN, true);
        page.correctIdNumber(newNumber, english ? "mistyped number" : "号码录错");
        assertThat(page.identity()).contains(newNumber).doesNotContain(oldNumber);
        assertThat(String.join("\n", page.history()))
                .contains(english ? "Resident corrected" : "更正老人信息")
                .contains(oldNumber)
                .contains(newNumber);

        // the overlapping registration: both side by side, a confirmation naming both, then the refusal
        page.openMerge();
        String overlapCompare = page.pickOther(name, overlapping);
        assertThat(overlapCompare).contains(name, newNumber, overlappingName);
        String question = page.askToMerge(english ? "registered twice" : "重复登记");
        assertThat(question).contains(name, overlappingName);
        String overlapRefusal = page.confirmMergeRefused();
        assertThat(overlapRefusal).contains(english ? "overlap" : "重叠");
        assertThat(page.stays()).containsExactly(String.valueOf(keptStay));
        browser.screenshot("RegistryResidentsBrowserIT-refused-" + language);

        // the duplicate: merged; the page shows the kept registration, both stays, and the merge in its history
        String compare = page.pickOther(name, duplicate);
        assertThat(compare).contains(duplicateName, "2023-03-01");
        assertThat(page.askToMerge(english ? "registered twice" : "重复登记")).contains(name, duplicateName);
        page.confirmMerge();
        assertThat(page.growl()).contains(duplicateName).contains(name);
        assertThat(page.heading()).isEqualTo(name);
        assertThat(page.stays()).containsExactlyInAnyOrder(String.valueOf(keptStay), String.valueOf(duplicateStay));
        assertThat(String.join("\n", page.history()))
                .contains(english ? "Registrations merged" : "合并重复登记")
                .contains(duplicateName);
        browser.screenshot("RegistryResidentsBrowserIT-merged-" + language);

        // the merged-in registration is gone
        browser.driver().get(base + "app/registry/resident.xhtml?id=" + duplicate);
        assertThat(title()).isEqualTo(english ? "Not found" : "页面不存在");
    }

    @Test
    @DisplayName(
            "a county auditor does not find a resident outside the county; a home administrator and a family may not open the pages")
    void scopeAndRoles() {
        long inCounty = city.home("PRIVATE", "511102", FILED, 10);
        long elsewhere = city.home("PRIVATE", "511181", FILED, 10);
        String mineName = TestData.name("本县老人");
        String otherName = TestData.name("外县老人");
        long mine = register(mineName, TestData.idNumber(BORN, true));
        long other = register(otherName, TestData.idNumber(BORN, true));
        city.admit(mine, city.bed(inCounty, "S-1", FILED), LocalDate.of(2024, 1, 1));
        city.admit(other, city.bed(elsewhere, "S-1", FILED), LocalDate.of(2024, 1, 1));

        logIn(user("COUNTY_AUDITOR", object().add("countyCode", "511102")));
        RegistryResidentsPage list = RegistryResidentsPage.openFromNavigation(browser.driver());
        assertThat(list.search(mineName).names()).containsExactly(mineName);
        assertThat(list.search(otherName).names()).isEmpty();
        assertThat(RegistryResidentPage.open(browser.driver(), base.toString(), mine)
                        .heading())
                .isEqualTo(mineName);
        browser.driver().get(base + "app/registry/resident.xhtml?id=" + other);
        assertThat(title()).isEqualTo("页面不存在");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain(otherName);

        logIn(user("HOME_ADMIN", object().add("careHomeId", inCounty)));
        assertForbidden("app/registry/residents.xhtml");
        assertForbidden("app/registry/resident.xhtml?id=" + mine);

        logIn(user(
                "FAMILY", object().add("residentIds", Json.createArrayBuilder().add(mine))));
        assertForbidden("app/registry/residents.xhtml");
        assertForbidden("app/registry/resident.xhtml?id=" + mine);
    }

    private void assertForbidden(String path) {
        browser.driver().get(base + path);
        assertThat(title()).as(path).isEqualTo("无权访问");
    }

    private String title() {
        return PrimeFacesWaits.visible(browser.driver(), By.id("page-title")).getText();
    }
}
