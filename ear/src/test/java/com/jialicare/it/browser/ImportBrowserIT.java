package com.jialicare.it.browser;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.Database;
import com.jialicare.it.support.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Browser: importing residents from Excel: every error of every row, a preview, then the import (zh, en)")
class ImportBrowserIT extends BrowserITBase {

    /** A workbook with the header row as a person might write it (the import's other accepted names). */
    private static byte[] workbook(List<String> header, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("老人");
            List<List<String>> all = new ArrayList<>();
            all.add(header);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    row.createCell(c).setCellValue(all.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @DisplayName("zh: a row with four bad cells shows four errors under the file's own headers; the corrected file is "
            + "previewed, then imported; en: the same file again names each registered resident, a file "
            + "without its columns says which, as errors")
    void previewThenImport() throws Exception {
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
        String id = rows.get(1).get(1);
        List<List<String>> bad = new ArrayList<>(rows);
        bad.set(
                1,
                List.of(
                        names.get(1),
                        id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'),
                        "5111",
                        "也许",
                        "7",
                        "2024-03-01"));
        // the headers as this home writes them: 身份证号 and 户籍 are accepted for 身份证号码 and 户籍地代码
        List<String> header = List.of("姓名", "身份证号", "户籍", "特困供养", "能力等级", "评估日期");
        Path dir = Files.createTempDirectory("jiali-import");
        Path badFile = Files.write(dir.resolve("bad.xlsx"), workbook(header, bad));
        Path goodFile = Files.write(dir.resolve("good.xlsx"), workbook(header, rows));
        Path noColumns = Files.write(dir.resolve("columns.xlsx"), workbook(List.of("姓名", "身份证号码"), List.of()));

        ResidentsPage residents =
                loginPage().logInToCareHome(user, PASSWORD).openResidents().showAll();
        assertThat(residents.templateFetched()).startsWith("200 application/vnd.openxmlformats");

        var before = Database.counts();
        residents.chooseFile(badFile);
        assertThat(residents.importSummary())
                .contains("bad.xlsx")
                .contains("共读取 3 行，其中 1 行有 4 处错误")
                .contains("不会导入任何数据");
        assertThat(residents.importFailed()).isTrue();
        assertThat(residents.canCommit()).isFalse();
        assertThat(residents.importErrors())
                .hasSize(4)
                .satisfiesExactly(
                        e -> assertThat(e).startsWith("3: 身份证号: ").contains("校验码"),
                        e -> assertThat(e).startsWith("3: 户籍: ").contains("行政区划代码"),
                        e -> assertThat(e).startsWith("3: 特困供养: ").contains("“也许”不是"),
                        e -> assertThat(e).isEqualTo("3: 能力等级: 能力等级应为 0 到 4。"));

        residents.chooseFile(goodFile);
        assertThat(residents.importSummary()).contains("将导入 3 行，0 处错误");
        assertThat(residents.importFailed()).isFalse();
        assertThat(residents.importErrors()).isEmpty();
        assertThat(Database.counts()).as("a preview stores nothing").isEqualTo(before);
        assertThat(residents.canCommit()).isTrue();
        residents.commit();
        assertThat(residents.importSummary()).contains("已导入 3 位老人");
        assertThat(residents.canCommit()).isFalse();
        assertThat(residents.names()).containsAll(names);

        residents.switchToEnglish();
        residents.chooseFile(goodFile);
        assertThat(residents.importFailed()).isTrue();
        assertThat(residents.importSummary()).contains("3 rows read, 3 errors in 3 rows: nothing would be stored");
        assertThat(residents.importErrors())
                .hasSize(3)
                .allSatisfy(e -> assertThat(e)
                        .contains(": 身份证号: This person is already registered in the city (resident no. ")
                        .doesNotContain("{"));
        residents.chooseFile(noColumns);
        assertThat(residents.importFailed()).isTrue();
        assertThat(residents.importSummary()).contains("The header row lacks the column(s) 户籍地代码, 特困供养, 能力等级, 评估日期");
        assertThat(residents.canCommit()).isFalse();
    }
}
