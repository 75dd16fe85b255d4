package com.jialicare.it;

import static com.jialicare.it.support.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.it.support.ApiClient;
import com.jialicare.it.support.Database;
import com.jialicare.it.support.TestData;
import com.jialicare.it.support.Workbooks;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Importing residents from Excel: all rows or none, every rejected row reported")
class ResidentImportIT extends ApiITBase {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static List<String> row(String name, String id, String hukou, String supported, String level, String date) {
        return List.of(name, id, hukou, supported, level, date);
    }

    @Test
    @DisplayName("a file with one bad row imports nothing and names the row; corrected, it imports every row")
    void badRowThenGoodFile() {
        long home = city.home("PRIVATE", "511102", LocalDate.of(2020, 1, 1), 10);
        ApiClient homeAdmin = city.user("HOME_ADMIN", object().add("careHomeId", home).build());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(row(TestData.name("导入"), TestData.idNumber(LocalDate.of(1945, 1, 1).plusDays(i), i % 2 == 0),
                    "511102", i == 0 ? "是" : "否", String.valueOf(i % 5), "2024-03-01"));
        }
        List<List<String>> bad = new ArrayList<>(rows);
        String good = rows.get(2).get(1);
        bad.set(2, row(rows.get(2).get(0), good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1'), "511102", "否",
                "2", "2024-03-01"));
        bad.set(4, row(rows.get(4).get(0), rows.get(4).get(1), "511102", "否", "7", "2024-02-30"));

        Map<String, Long> before = Database.counts();
        var rejected = homeAdmin.upload("api/residents/import", Workbooks.residents(bad), XLSX);
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(400);
        assertThat(rejected.code()).isEqualTo("IMPORT_REJECTED");
        assertThat(rejected.json().getInt("imported")).isZero();
        var errors = rejected.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).extracting(e -> e.getInt("row") + ":" + e.getString("code"))
                .containsExactly("4:ID_NUMBER_CHECK", "6:INVALID_CARE_LEVEL");
        assertThat(Database.counts()).as("nothing imported").isEqualTo(before);

        var imported = homeAdmin.upload("api/residents/import", Workbooks.residents(rows), XLSX);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().getInt("imported")).isEqualTo(5);
        var list = homeAdmin.get("api/residents?careHomeId=" + home + "&size=50").json();
        assertThat(list.getJsonNumber("total").longValue()).isEqualTo(5);

        var again = homeAdmin.upload("api/residents/import", Workbooks.residents(rows), XLSX);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .hasSize(5).allMatch(e -> e.getString("code").equals("RESIDENT_ALREADY_REGISTERED"));

        var junk = homeAdmin.upload("api/residents/import", "not a workbook".getBytes(), XLSX);
        assertThat(junk.status()).isEqualTo(400);
        assertThat(junk.code()).isEqualTo("IMPORT_FILE_UNREADABLE");
        ApiClient county = city.user("COUNTY_AUDITOR", object().add("countyCode", "511102").build());
        assertThat(county.upload("api/residents/import", Workbooks.residents(rows), XLSX).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("2,000 residents import in one go (time printed, not asserted)")
    void twoThousandRows() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(row("批量" + i, TestData.idNumber(LocalDate.of(1930, 1, 1).plusDays(i * 7L), i % 2 == 0),
                    "511124", "否", String.valueOf(i % 5), "2024-05-01"));
        }
        byte[] file = Workbooks.residents(rows);
        long started = System.nanoTime();
        var r = admin.upload("api/residents/import", file, XLSX);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("Imported 2,000 residents from a " + file.length / 1024 + " KiB workbook in " + millis + " ms");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("imported")).isEqualTo(2000);
    }
}
