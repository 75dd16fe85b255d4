package com.jialicare.infrastructure.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.infrastructure.importing.ResidentSheet.Column;
import com.jialicare.infrastructure.importing.ResidentSheet.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The resident sheet is streamed: every row as typed, and every way to exhaust the server refused")
class ResidentSheetTest {

    private static final List<String> HEADER = List.of("姓名", "身份证号码", "户籍地代码", "特困供养", "能力等级", "评估日期");

    private static byte[] write(Workbook wb) throws IOException {
        try (wb;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** {@code n} residents as inline text cells, the sheet's XML written by hand (fast, nothing held). */
    private static byte[] residents(int n) {
        StringBuilder rows = new StringBuilder(HandMadeXlsx.SHEET_START).append(HandMadeXlsx.HEADER);
        for (int r = 2; r <= n + 1; r++) {
            rows.append("<row r=\"")
                    .append(r)
                    .append("\">")
                    .append(HandMadeXlsx.inline("A" + r, "老人" + r))
                    .append(HandMadeXlsx.inline("B" + r, String.format("51110219450101%04d", r % 10_000)))
                    .append(HandMadeXlsx.inline("C" + r, "511102"))
                    .append(HandMadeXlsx.inline("D" + r, "否"))
                    .append(HandMadeXlsx.inline("E" + r, String.valueOf(r % 5)))
                    .append(HandMadeXlsx.inline("F" + r, "2024-03-01"))
                    .append("</row>");
        }
        return HandMadeXlsx.build(HandMadeXlsx.repeat(rows.toString(), "", 0, HandMadeXlsx.SHEET_END), null);
    }

    @Test
    @DisplayName("columns in any order and language; dates, whole numbers and booleans as typed; empty rows skipped")
    void readsRowsAsTyped() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("residents");
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
        Row header = sheet.createRow(0);
        String[] names = {"assessed on", "Name", "level", "ID number", "hukou", "State supported", "notes"};
        for (int i = 0; i < names.length; i++) {
            header.createCell(i).setCellValue(names[i]);
        }
        Row one = sheet.createRow(1);
        one.createCell(0).setCellValue(LocalDate.of(2024, 3, 1));
        one.getCell(0).setCellStyle(dateStyle);
        one.createCell(1).setCellValue("  王秀英 ");
        one.createCell(2).setCellValue(3);
        one.createCell(3).setCellValue("51110219450101123X");
        one.createCell(4).setCellValue(511102);
        one.createCell(5).setCellValue(true);
        one.createCell(6).setCellValue("ignored");
        sheet.createRow(2).createCell(1).setCellValue("   ");
        Row four = sheet.createRow(3);
        four.createCell(1).setCellValue("李四");
        four.createCell(2).setCellValue("2");

        Result result = new ResidentSheet().read(write(wb));

        assertThat(result.fileError()).isNull();
        assertThat(result.rows()).hasSize(2);
        var first = result.rows().get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.get(Column.ASSESSED_ON)).isEqualTo("2024-03-01");
        assertThat(first.get(Column.NAME)).isEqualTo("王秀英");
        assertThat(first.get(Column.CARE_LEVEL)).isEqualTo("3");
        assertThat(first.get(Column.ID_NUMBER)).isEqualTo("51110219450101123X");
        assertThat(first.get(Column.HUKOU)).isEqualTo("511102");
        assertThat(first.get(Column.STATE_SUPPORTED)).isEqualToIgnoringCase("true");
        var second = result.rows().get(1);
        assertThat(second.row()).as("the row number Excel shows").isEqualTo(4);
        assertThat(second.values()).containsOnlyKeys(Column.NAME, Column.CARE_LEVEL);
    }

    @Test
    @DisplayName("a missing column, an empty file and junk are named as such")
    void fileErrors() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("x").createRow(0).createCell(0).setCellValue("姓名");
        Result missing = new ResidentSheet().read(write(wb));
        assertThat(missing.fileCode()).isEqualTo(ResidentSheet.UNREADABLE);
        assertThat(missing.fileError()).startsWith("Missing column 身份证号码");
        assertThat(new ResidentSheet().read(new byte[0]).fileCode()).isEqualTo(ResidentSheet.UNREADABLE);
        assertThat(new ResidentSheet()
                        .read("not a workbook".getBytes(StandardCharsets.UTF_8))
                        .fileCode())
                .isEqualTo(ResidentSheet.UNREADABLE);
    }

    @Test
    @DisplayName("exactly the row limit is read; one more is refused")
    void rowLimit() throws IOException {
        Result all = new ResidentSheet().read(residents(ResidentSheet.MAX_ROWS));
        assertThat(all.fileError()).isNull();
        assertThat(all.rows()).hasSize(ResidentSheet.MAX_ROWS);
        assertThat(all.rows().get(ResidentSheet.MAX_ROWS - 1).row()).isEqualTo(ResidentSheet.MAX_ROWS + 1);

        Result more = new ResidentSheet().read(residents(ResidentSheet.MAX_ROWS + 1));
        assertThat(more.fileCode()).isEqualTo(ResidentSheet.TOO_MANY_ROWS);
        assertThat(more.args()).containsExactly(ResidentSheet.MAX_ROWS);
        assertThat(more.rows()).isEmpty();
    }

    @Test
    @DisplayName("reading stops at the first row beyond the limit: what follows it is never read")
    void stopsAtTheLimit() {
        String row = "<row r=\"%d\">" + HandMadeXlsx.inline("A%d", "老人") + "</row>";
        StringBuilder rows = new StringBuilder(HandMadeXlsx.HEADER);
        for (int r = 2; r <= ResidentSheet.MAX_ROWS + 2; r++) {
            rows.append(row.replace("%d", String.valueOf(r)));
        }
        // after the rows, 100 MB of XML that is not even well-formed: a reader that went on would fail on it
        byte[] file = HandMadeXlsx.build(
                HandMadeXlsx.repeat(HandMadeXlsx.SHEET_START + rows, "<<<<<<<<", 12_500_000L, ""), null);
        Result result = new ResidentSheet().read(file);
        assertThat(result.fileCode()).isEqualTo(ResidentSheet.TOO_MANY_ROWS);
    }

    @Test
    @DisplayName("zip bomb: a sheet of 300 MB of empty rows in a tiny file is refused")
    void sheetBomb() {
        byte[] file = HandMadeXlsx.build(
                HandMadeXlsx.repeat(
                        HandMadeXlsx.SHEET_START + HandMadeXlsx.HEADER,
                        "<row/>",
                        300_000_000L / 6,
                        HandMadeXlsx.SHEET_END),
                null);
        assertThat(file.length).as("compressed").isLessThan(2_000_000);
        Result result = new ResidentSheet().read(file);
        assertThat(result.fileCode()).isEqualTo(ResidentSheet.CONTENT_TOO_LARGE);
    }

    @Test
    @DisplayName("zip bomb: shared strings beyond their bound are refused, even when they compress only twofold")
    void sharedStringsBomb() {
        Random random = new Random(12);
        HandMadeXlsx.Part strings = out -> {
            out.write(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            .getBytes(StandardCharsets.UTF_8));
            StringBuilder s = new StringBuilder();
            for (long written = 0; written <= ResidentSheet.MAX_STRINGS_BYTES; written += s.length()) {
                s.setLength(0);
                s.append("<si><t>")
                        .append(Long.toHexString(random.nextLong()))
                        .append(Long.toHexString(random.nextLong()))
                        .append("</t></si>");
                out.write(s.toString().getBytes(StandardCharsets.US_ASCII));
            }
            out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        };
        byte[] file = HandMadeXlsx.build(
                HandMadeXlsx.repeat(HandMadeXlsx.SHEET_START + HandMadeXlsx.HEADER, "", 0, HandMadeXlsx.SHEET_END),
                strings);
        Result result = new ResidentSheet().read(file);
        assertThat(result.fileCode()).isEqualTo(ResidentSheet.CONTENT_TOO_LARGE);
    }

    @Test
    @DisplayName("one cell longer than Excel allows is refused before it is held")
    void giantCell() {
        byte[] file = HandMadeXlsx.build(
                HandMadeXlsx.repeat(
                        HandMadeXlsx.SHEET_START + HandMadeXlsx.HEADER
                                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>",
                        "王",
                        1_000_000L,
                        "</t></is></c></row>" + HandMadeXlsx.SHEET_END),
                null);
        Result result = new ResidentSheet().read(file);
        assertThat(result.fileCode()).isEqualTo(ResidentSheet.CONTENT_TOO_LARGE);
    }

    @Test
    @DisplayName("more than the file limit is not even read to its end")
    void fileLimit() {
        InputStream endless = new InputStream() {
            long served;

            @Override
            public int read() {
                served++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served += len;
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        Result result = new ResidentSheet().read(endless);
        assertThat(result.fileCode()).isEqualTo(ResidentSheet.FILE_TOO_LARGE);
    }
}
