package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.TestData;
import com.jialicare.it.support.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Browser: importing residents from Excel, first with a bad row, then corrected")
class ImportBrowserIT extends BrowserITBase {

    @Test
    @DisplayName("a file with a wrong ID number imports nothing and names the row; the corrected file imports all")
    void importWithBadRow() throws Exception {
        long home = city.home("PRIVATE", "511102", LocalDate.of(2020, 6, 1), 20);
        String user = TestData.name("import-home-");
        admin.post(
                "api/users",
                object().add("username", user)
                        .add("password", PASSWORD)
                        .add("role", "HOME_ADMIN")
                        .add("careHomeId", home)
                        .build());
        List<List<String>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = TestData.name("导入老人");
            names.add(name);
            rows.add(List.of(
                    name,
                    TestData.idNumber(LocalDate.of(1944, 4, 4).plusDays(i), true),
                    "511102",
                    "否",
                    String.valueOf(i),
                    "2024-03-01"));
        }
        List<List<String>> bad = new ArrayList<>(rows);
        String id = rows.get(1).get(1);
        bad.set(
                1,
                List.of(
                        names.get(1),
                        id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'),
                        "511102",
                        "否",
                        "1",
                        "2024-03-01"));
        Path dir = Files.createTempDirectory("jiali-import");
        Path badFile = Files.write(dir.resolve("bad.xlsx"), Workbooks.residents(bad));
        Path goodFile = Files.write(dir.resolve("good.xlsx"), Workbooks.residents(rows));

        ResidentsPage residents =
                loginPage().logInToCareHome(user, PASSWORD).openResidents().showAll();
        residents.importFile(badFile);
        assertThat(residents.importSummary()).contains("3 行中有 1 行有误").contains("未导入");
        assertThat(residents.importErrors())
                .singleElement()
                .satisfies(e -> assertThat(e).startsWith("3: ").contains("校验码"));
        assertThat(residents.names()).doesNotContainAnyElementsOf(names);

        residents.importFile(goodFile);
        assertThat(residents.importSummary()).contains("已导入 3 位老人");
        assertThat(residents.showAll().names()).containsAll(names);
    }
}
