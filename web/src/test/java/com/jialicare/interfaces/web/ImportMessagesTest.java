package com.jialicare.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.application.ResidentImportService;
import com.jialicare.application.ResidentImportService.RowError;
import com.jialicare.infrastructure.importing.ResidentSheet;
import com.jialicare.infrastructure.importing.ResidentSheetWriter;
import com.jialicare.infrastructure.importing.SheetReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
        "An import's errors read in the reader's language: no raw pattern, no internal name, no English in Chinese")
class ImportMessagesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "com.jialicare.web.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("x");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @DisplayName("every error of a bad row, and a person registered before, in Chinese and in English")
    void rowReasons() throws IOException {
        String id = ResidentSheetWriter.EXAMPLE.get(1);
        String badCheck = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        byte[] file = workbook(List.of(
                ResidentSheetWriter.header(),
                ResidentSheetWriter.EXAMPLE,
                List.of("李四", badCheck, "5111", "也许", "7", "2099-01-01"),
                List.of("王五", id, "511102", "是", "1", "2024-02-30")));
        List<RowError> errors = ResidentImportService.rowErrors(new ResidentSheet().read(file), CLOCK);
        assertThat(errors).hasSize(7);
        List<RowError> all = new java.util.ArrayList<>(errors);
        // what the service adds once it has looked the ID numbers up: the resident's number as its argument
        all.add(new RowError(
                2, "idNumber", "RESIDENT_ALREADY_REGISTERED", "registered", List.of(1234L), "身份证号码", "ID_NUMBER"));
        ResourceBundle zh = bundle(Locale.CHINESE);
        ResourceBundle en = bundle(Locale.ENGLISH);
        for (RowError e : all) {
            String chinese = Messages.error(zh, e.code(), null, e.args().toArray());
            String english = Messages.error(en, e.code(), null, e.args().toArray());
            assertThat(chinese).as(e.code()).isNotNull().doesNotContain("{").matches("(?s).*\\p{IsHan}.*");
            assertThat(english).as(e.code()).isNotNull().doesNotContain("{").isNotEqualTo(chinese);
            assertThat(e.column())
                    .as("the header as written, never a field name")
                    .isNotEqualTo(e.field());
        }
        assertThat(Messages.error(zh, "RESIDENT_ALREADY_REGISTERED", null, 1234L))
                .isEqualTo("此人已在本市登记（老人编号 1234）。");
    }

    @Test
    @DisplayName("a refused file's precise reason, e.g. the missing columns, in Chinese and in English")
    void fileReasons() throws IOException {
        ResidentSheet.Result r = new ResidentSheet().read(workbook(List.of(List.of("姓名", "身份证号码"))));
        assertThat(r.reason()).isEqualTo(SheetReader.MISSING_COLUMN);
        assertThat(Messages.error(
                        bundle(Locale.CHINESE), r.reason(), null, r.reasonArgs().toArray()))
                .isEqualTo("表头缺少列：户籍地代码, 特困供养, 能力等级, 评估日期，未导入任何数据。第一行须写明每一列的名称（见模板）。");
        assertThat(Messages.error(
                        bundle(Locale.ENGLISH), r.reason(), null, r.reasonArgs().toArray()))
                .startsWith("The header row lacks the column(s) 户籍地代码, 特困供养, 能力等级, 评估日期: nothing");
        for (String reason :
                List.of(SheetReader.EMPTY_FILE, SheetReader.NO_HEADER, SheetReader.NO_ROWS, SheetReader.UNREADABLE)) {
            assertThat(Messages.error(bundle(Locale.CHINESE), reason, null))
                    .as(reason)
                    .matches("(?s).*\\p{IsHan}.*");
        }
    }
}
