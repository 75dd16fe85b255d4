package com.jialicare.infrastructure.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Exports: the lines as .xlsx and the approval sheet as PDF")
class ExportsTest {

    private static ApplicationReport report(boolean chinese) {
        return new ApplicationReport(42, "乐山市福寿养老院", "52511102MJ0000001F", "市中区", "OPERATING",
                "2024-07 – 2024-08", "CITY_APPROVED", 2, new BigDecimal("400.00"), LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 7),
                List.of(new ApplicationReport.Line(1, "王秀英", "stay 7", "2024-07", 31, 2, true, new BigDecimal("200.00"),
                                null, null, 1),
                        new ApplicationReport.Line(2, "王秀英", "stay 7", "2024-08", 31, 2, true, new BigDecimal("200.00"),
                                null, null, 1),
                        new ApplicationReport.Line(3, "李四", "stay 9", "2024-07", 10, 1, false, new BigDecimal("0.00"),
                                "TOO_FEW_DAYS_PRESENT", "当月在院天数不足", 1)),
                List.of(new ApplicationReport.Step("2025-02-01 10:00", "home", "SUBMIT", "SUBMITTED", null),
                        new ApplicationReport.Step("2025-02-03 09:00", "county", "COUNTY_APPROVE", "COUNTY_APPROVED", "材料齐全")),
                chinese);
    }

    @Test
    @DisplayName("the workbook opens and holds every line, the reasons and a total formula over the amounts")
    void excel() throws Exception {
        byte[] bytes = new ApplicationExcelExport().export(report(true));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet lines = wb.getSheet("明细");
            assertThat(lines).isNotNull();
            int header = -1;
            for (Row row : lines) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && "序号".equals(row.getCell(0).getStringCellValue())) {
                    header = row.getRowNum();
                }
            }
            assertThat(header).isPositive();
            assertThat(lines.getRow(header + 3).getCell(8).getStringCellValue()).isEqualTo("TOO_FEW_DAYS_PRESENT");
            assertThat(lines.getRow(header + 3).getCell(9).getStringCellValue()).isEqualTo("当月在院天数不足");
            var total = lines.getRow(header + 4).getCell(7);
            assertThat(total.getCellFormula()).isEqualTo("SUM(H" + (header + 2) + ":H" + (header + 4) + ")");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(total);
            assertThat(total.getNumericCellValue()).isEqualTo(400.0);
            assertThat(wb.getSheet("流转记录").getRow(2).getCell(4).getStringCellValue()).isEqualTo("材料齐全");
        }
    }

    @Test
    @DisplayName("the approval sheet is a PDF whose text carries the home, the total and the reviewers, in Chinese")
    void pdf() throws Exception {
        byte[] bytes = new ApprovalSheetPdf().export(report(true));
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(bytes);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getInfo().get("Title")).isEqualTo("补贴申请审批表 #42");
        // kept for a look with any PDF reader: target/approval-sheet-sample.pdf
        java.nio.file.Files.write(java.nio.file.Path.of("target", "approval-sheet-sample.pdf"), bytes);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/STSong-Light");
        reader.close();
    }

    @Test
    @DisplayName("in English the workbook speaks English: sheets, labels, columns, yes/no and the total")
    void excelEnglish() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new ApplicationExcelExport().export(report(false))))) {
            Sheet lines = wb.getSheet("Lines");
            assertThat(lines.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Application");
            assertThat(lines.getRow(0).getCell(1).getStringCellValue()).isEqualTo("#42 (revision 2)");
            assertThat(lines.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Care home");
            Row header = lines.getRow(7);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("No.");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Amount (yuan)");
            assertThat(lines.getRow(8).getCell(6).getStringCellValue()).isEqualTo("yes");
            assertThat(lines.getRow(10).getCell(6).getStringCellValue()).isEqualTo("no");
            assertThat(lines.getRow(11).getCell(6).getStringCellValue()).isEqualTo("Total");
            assertThat(wb.getSheet("History").getRow(0).getCell(4).getStringCellValue()).isEqualTo("Comment");
        }
    }

    @Test
    @DisplayName("in Chinese the workbook's labels and revision read as before")
    void excelChineseLabels() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new ApplicationExcelExport().export(report(true))))) {
            Sheet lines = wb.getSheet("明细");
            assertThat(lines.getRow(0).getCell(1).getStringCellValue()).isEqualTo("#42 (第2版)");
            assertThat(lines.getRow(1).getCell(0).getStringCellValue()).isEqualTo("机构");
            assertThat(lines.getRow(8).getCell(6).getStringCellValue()).isEqualTo("是");
            assertThat(lines.getRow(11).getCell(6).getStringCellValue()).isEqualTo("合计");
        }
    }

    @Test
    @DisplayName("in English the sheet speaks English")
    void pdfEnglish() throws Exception {
        PdfReader reader = new PdfReader(new ApprovalSheetPdf().export(report(false)));
        assertThat(reader.getInfo().get("Title")).isEqualTo("Subsidy approval sheet #42");
        reader.close();
    }
}
