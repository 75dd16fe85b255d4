package com.jialicare.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.application.ResidentImportService.RowError;
import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.infrastructure.importing.ResidentSheet;
import com.jialicare.infrastructure.importing.ResidentSheetWriter;
import com.jialicare.infrastructure.importing.SheetReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The residents' import checks every cell of every row, and names each column as the file wrote it")
class ResidentImportRowsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    /** A valid ID number (born 1945-01-01), and the same with its check character changed. */
    private static final String GOOD_ID = ResidentSheetWriter.EXAMPLE.get(1);

    private static final String BAD_CHECK = GOOD_ID.substring(0, 17) + (GOOD_ID.charAt(17) == '1' ? '2' : '1');

    private static byte[] workbook(List<String> header, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("x");
            List<List<String>> all = new java.util.ArrayList<>();
            all.add(header);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < all.get(r).size(); c++) {
                    if (all.get(r).get(c) != null) {
                        row.createCell(c).setCellValue(all.get(r).get(c));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static List<RowError> errors(byte[] xlsx) {
        ResidentSheet.Result sheet = new ResidentSheet().read(xlsx);
        assertThat(sheet.fileError()).isNull();
        return ResidentImportService.rowErrors(sheet, CLOCK);
    }

    @Test
    @DisplayName("a row with four bad cells has four errors, in column order, each with the header as written")
    void everyErrorOfEveryRow() throws IOException {
        List<String> header = List.of("Name", "ID Number", "hukou", "State supported", "Level", "Assessed on");
        byte[] file = workbook(
                header,
                List.of(
                        ResidentSheetWriter.EXAMPLE,
                        List.of("李四", BAD_CHECK, "5111", "maybe", "7", "2024-03-01"),
                        java.util.Arrays.asList("王五", GOOD_ID, "511102", "是", "1", "2024-02-30")));

        List<RowError> errors = errors(file);

        assertThat(errors)
                .extracting(e -> e.row() + " " + e.column() + " " + e.code())
                .containsExactly(
                        "3 ID Number ID_NUMBER_CHECK",
                        "3 hukou DIVISION_CODE_FORMAT",
                        "3 State supported INVALID_BOOLEAN",
                        "3 Level INVALID_CARE_LEVEL",
                        "4 ID Number DUPLICATE_IN_FILE",
                        "4 Assessed on INVALID_DATE");
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.columnKey()).isNotNull();
            assertThat(e.field()).as("the API's field stays").isNotNull();
        });
        RowError duplicate = errors.get(4);
        assertThat(duplicate.args()).containsExactly(2);
        assertThat(errors.get(5).args()).containsExactly("2024-02-30");
    }

    @Test
    @DisplayName("a row missing every cell but its name has an error for each of the five")
    void missingCells() throws IOException {
        byte[] file = workbook(
                ResidentSheetWriter.header(), List.of(java.util.Arrays.asList("赵六", null, null, null, null, null)));

        assertThat(errors(file))
                .extracting(e -> e.column() + " " + e.code())
                .containsExactly(
                        "身份证号码 ID_NUMBER_REQUIRED",
                        "户籍地代码 DIVISION_CODE_REQUIRED",
                        "特困供养 STATE_SUPPORTED_REQUIRED",
                        "能力等级 CARE_LEVEL_REQUIRED",
                        "评估日期 DATE_REQUIRED");
    }

    @Test
    @DisplayName("the template has the columns and an example row that passes every check")
    void template() {
        ResidentSheet.Result sheet = new ResidentSheet().read(ResidentSheetWriter.template());
        assertThat(sheet.fileError()).isNull();
        assertThat(sheet.headers()).containsExactlyElementsOf(ResidentSheetWriter.header());
        assertThat(sheet.rows()).hasSize(1);
        assertThat(ResidentImportService.rowErrors(sheet, CLOCK)).isEmpty();
        assertThat(IdNumber.of(GOOD_ID, CLOCK).birthDate()).hasToString("1945-01-01");
    }

    @Test
    @DisplayName("every missing column is named at once, by a code of its own (the file's code stays UNREADABLE)")
    void missingColumns() throws IOException {
        ResidentSheet.Result r = new ResidentSheet().read(workbook(List.of("姓名", "身份证号码", "户籍地代码"), List.of()));
        assertThat(r.fileCode()).isEqualTo(SheetReader.UNREADABLE);
        assertThat(r.reason()).isEqualTo(SheetReader.MISSING_COLUMN);
        assertThat(r.reasonArgs()).containsExactly("特困供养, 能力等级, 评估日期", 3);
        assertThat(new ResidentSheet().read(new byte[0]).reason()).isEqualTo(SheetReader.EMPTY_FILE);
    }
}
