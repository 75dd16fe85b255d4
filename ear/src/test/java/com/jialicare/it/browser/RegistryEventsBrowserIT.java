package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.infrastructure.importing.RegistryEventSheet;
import com.jialicare.it.support.AdmittedResident;
import com.jialicare.it.support.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Browser: a county auditor imports a list of deaths, reads the report, and decides a case (zh and en)")
class RegistryEventsBrowserIT extends BrowserITBase {

    @Test
    @DisplayName(
            "a bad row rejects the list (column and reason in Chinese); the corrected list ends the stay and leaves "
                    + "a case, dismissed in English with the required comment")
    void importAndDecide() throws Exception {
        AdmittedResident.Ids ids = city.admitted()
                .county("511126")
                .admittedOn(LocalDate.of(2024, 1, 1))
                .admit();
        String idNumber = admin.get("api/residents/" + ids.resident()).json().getString("idNumber");
        String unknown = TestData.idNumber(LocalDate.of(1932, 5, 6), false);
        String ref = TestData.name("殡葬-ui-");
        Path dir = Files.createTempDirectory("jiali-registry");
        Path bad = Files.write(
                dir.resolve("bad.xlsx"),
                RegistryEventSheet.xlsx(List.of(
                        List.of(idNumber, "2024-13-01", "死亡", ref), List.of(unknown, "2024-06-10", "死亡", ref))));
        Path good = Files.write(
                dir.resolve("good.xlsx"),
                RegistryEventSheet.xlsx(List.of(
                        List.of(idNumber, "2024-06-10", "死亡", ref), List.of(unknown, "2024-06-10", "死亡", ref))));
        String auditor = user("COUNTY_AUDITOR", object().add("countyCode", "511126"));

        RegistryEventsPage page = RegistryEventsPage.open(logIn(auditor));
        assertThat(page.heading()).isEqualTo("外部报送的死亡与户籍迁出");
        assertThat(page.templateFetched()).startsWith("200 application/vnd.openxmlformats");
        page.importFile(bad);
        assertThat(page.importSummary()).contains("共读取 2 行，其中 1 行有 1 处错误").contains("不会导入任何数据");
        assertThat(page.importFailed()).isTrue();
        assertThat(page.importErrors())
                .singleElement()
                .satisfies(e -> assertThat(e).startsWith("2: 日期: ").contains("2024-13-01"));
        assertThat(admin.get("api/stays/" + ids.stay()).json().isNull("dischargedOn"))
                .isTrue();

        page = page.switchToEnglish();
        assertThat(page.heading()).isEqualTo("Deaths and moves reported from outside");
        page.importFile(good);
        assertThat(page.importSummary())
                .contains("2 rows: 1 matched (1 stays ended")
                .contains("1 cases");
        assertThat(admin.get("api/stays/" + ids.stay()).json().getString("dischargedOn"))
                .isEqualTo("2024-06-10");
        long caseId = city
                .user("CITY_AUDITOR", object().build())
                .get("api/cases?state=OPEN&size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class)
                .stream()
                .filter(c -> c.getString("idNumber").equals(unknown))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        assertThat(page.caseRow(caseId))
                .contains(unknown)
                .contains("No registered person with this ID number in your scope")
                .contains("Open");

        page.decide(caseId, "", true);
        assertThat(page.growl()).contains("Say why in a comment.");
        assertThat(page.dialogOpen()).isTrue();
        page.closeDialog();
        page.decide(caseId, "Not one of ours", true);
        assertThat(page.caseRow(caseId)).isEmpty(); // decided: no longer on the open queue
        page.showAll("All");
        assertThat(page.caseRow(caseId)).contains("Decided").contains("Dismiss").contains("Not one of ours");
    }
}
