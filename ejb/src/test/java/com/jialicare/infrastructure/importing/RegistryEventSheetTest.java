package com.jialicare.infrastructure.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.infrastructure.importing.RegistryEventSheet.Column;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A list of reported deaths and moves is read by the shared streaming reader, with the same bounds")
class RegistryEventSheetTest {

    /** The list's header row, written by hand (inline strings). */
    private static final String HEADER = "<row r=\"1\">" + HandMadeXlsx.inline("A1", "身份证号码")
            + HandMadeXlsx.inline("B1", "日期") + HandMadeXlsx.inline("C1", "类别") + HandMadeXlsx.inline("D1", "来源编号")
            + "</row>";

    @Test
    @DisplayName("columns in any order and language; a date typed as a date reads as YYYY-MM-DD; empty rows skipped")
    void readsRows() throws IOException {
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("名单");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            Row header = sheet.createRow(0);
            List<String> names = List.of("kind", "来源编号", "Date", "身份证号码");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            Row one = sheet.createRow(1);
            one.createCell(0).setCellValue("死亡");
            one.createCell(1).setCellValue("殡葬-1");
            one.createCell(2).setCellValue(LocalDate.of(2025, 3, 1));
            one.getCell(2).setCellStyle(dateStyle);
            one.createCell(3).setCellValue("511102194501011232");
            sheet.createRow(2);
            Row three = sheet.createRow(3);
            three.createCell(0).setCellValue("户籍迁出");
            wb.write(out);
            file = out.toByteArray();
        }

        SheetReader.Result r = RegistryEventSheet.read(new ByteArrayInputStream(file));

        assertThat(r.fileError()).isNull();
        assertThat(r.rows()).hasSize(2);
        SheetReader.RawRow first = r.rows().get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(RegistryEventSheet.get(first, Column.DATE)).isEqualTo("2025-03-01");
        assertThat(RegistryEventSheet.get(first, Column.ID_NUMBER)).isEqualTo("511102194501011232");
        assertThat(RegistryEventSheet.get(first, Column.SOURCE_REF)).isEqualTo("殡葬-1");
        assertThat(r.rows().get(1).row()).isEqualTo(4);
        assertThat(RegistryEventSheet.get(r.rows().get(1), Column.DATE)).isNull();
    }

    @Test
    @DisplayName(
            "a missing column, a file that is no workbook, and a zip bomb are refused as the residents' import does")
    void refusals() {
        byte[] noKind = RegistryEventSheet.xlsx(List.of()); // header only: then its rows are empty
        assertThat(RegistryEventSheet.read(new ByteArrayInputStream(noKind)).rows())
                .isEmpty();
        byte[] residents = ResidentSheetWriter.xlsx(List.of());
        assertThat(RegistryEventSheet.read(new ByteArrayInputStream(residents)).fileError())
                .startsWith("Missing column 日期");
        assertThat(RegistryEventSheet.read(new ByteArrayInputStream("not a workbook".getBytes()))
                        .fileCode())
                .isEqualTo(SheetReader.UNREADABLE);
        byte[] bomb = HandMadeXlsx.build(
                HandMadeXlsx.repeat(
                        HandMadeXlsx.SHEET_START + HEADER, "<row/>", (80L << 20) / 6, HandMadeXlsx.SHEET_END),
                null);
        assertThat(RegistryEventSheet.read(new ByteArrayInputStream(bomb)).fileCode())
                .isEqualTo(SheetReader.CONTENT_TOO_LARGE);
    }

    @Test
    @DisplayName("the template has the four columns and one example row, which reads back")
    void template() {
        SheetReader.Result r = RegistryEventSheet.read(new ByteArrayInputStream(RegistryEventSheet.template()));
        assertThat(r.fileError()).isNull();
        assertThat(RegistryEventSheet.header()).containsExactly("身份证号码", "日期", "类别", "来源编号");
        assertThat(r.rows()).hasSize(1);
        assertThat(RegistryEventSheet.get(r.rows().get(0), Column.KIND)).isEqualTo("死亡");
    }
}
