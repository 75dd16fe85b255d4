package com.jialicare.infrastructure.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.subsidy.ExclusionReason;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Exports: the lines as .xlsx and the approval sheet as PDF, fit for filing")
class ExportsTest {

    private static final List<ApplicationReport.Step> HISTORY = List.of(
            new ApplicationReport.Step("2025-01-20 08:00", "福寿院办", "CREATE", ApplicationState.DRAFT, 0, null),
            new ApplicationReport.Step("2025-02-01 10:00", "福寿院办", "SUBMIT", ApplicationState.SUBMITTED, 1, null),
            new ApplicationReport.Step(
                    "2025-02-02 10:00", "张科长", "COUNTY_RETURN", ApplicationState.RETURNED, 1, "缺少床位照片"),
            new ApplicationReport.Step("2025-02-02 15:00", "福寿院办", "SUBMIT", ApplicationState.SUBMITTED, 2, null),
            new ApplicationReport.Step(
                    "2025-02-03 09:00", "张科长", "COUNTY_APPROVE", ApplicationState.COUNTY_APPROVED, 2, "材料齐全"),
            new ApplicationReport.Step(
                    "2025-02-04 09:00",
                    "李处长",
                    "START_NOTICE",
                    ApplicationState.PUBLIC_NOTICE,
                    2,
                    "公示 2025-03-01 – 2025-03-07"),
            new ApplicationReport.Step(
                    "2025-03-10 09:00", "李处长", "CITY_APPROVE", ApplicationState.CITY_APPROVED, 2, "同意拨付"),
            new ApplicationReport.Step(
                    "2025-03-20 09:00", "王会计", "PAY", ApplicationState.PAID, 2, "voucher CZ-2025-17, 12345.60"));

    private static ApplicationReport report(boolean chinese, ApplicationState state, int lineCount) {
        List<ApplicationReport.Line> lines = new ArrayList<>();
        lines.add(new ApplicationReport.Line(
                1,
                "王秀英",
                "5111**********4803",
                "A-101",
                "stay 7",
                "2024-07",
                31,
                2,
                true,
                new BigDecimal("12000.00"),
                null,
                1));
        lines.add(new ApplicationReport.Line(
                2,
                "王秀英",
                "5111**********2216",
                "B-203",
                "stay 8",
                "2024-07",
                31,
                3,
                true,
                new BigDecimal("345.60"),
                null,
                1));
        lines.add(new ApplicationReport.Line(
                3,
                "李四",
                "5111**********0011",
                "A-102",
                "stay 9",
                "2024-07",
                10,
                1,
                false,
                new BigDecimal("0.00"),
                chinese ? "当月在院天数不足" : "Too few days present",
                1));
        for (int i = 4; i <= lineCount; i++) {
            lines.add(new ApplicationReport.Line(
                    i,
                    "住户" + i,
                    "5111**********" + String.format("%04d", i),
                    "C-" + i,
                    "stay " + i,
                    "2024-08",
                    30,
                    1,
                    true,
                    BigDecimal.ZERO.setScale(2),
                    null,
                    1));
        }
        return new ApplicationReport(
                42,
                "乐山市福寿养老院",
                "52511102MJ0000001F",
                "市中区",
                ApplicationKind.OPERATING,
                "2024-07 – 2024-08",
                state,
                2,
                state == ApplicationState.DRAFT ? null : new BigDecimal("12345.60"),
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 7),
                lines,
                state == ApplicationState.DRAFT ? HISTORY.subList(0, 1) : HISTORY,
                chinese,
                "2025-03-21 16:05");
    }

    private static ApplicationReport report(boolean chinese) {
        return report(chinese, ApplicationState.PAID, 3);
    }

    /** Every code the application model records: states, kinds, actions, exclusion reasons. */
    private static Set<String> codes() throws Exception {
        Set<String> codes = new TreeSet<>();
        Stream.of(ApplicationState.values()).map(Enum::name).forEach(codes::add);
        Stream.of(ApplicationKind.values()).map(Enum::name).forEach(codes::add);
        Stream.of(ExclusionReason.values()).map(Enum::name).forEach(codes::add);
        Matcher m = Pattern.compile("\"([A-Z]+(?:_[A-Z]+)*)\"")
                .matcher(Files.readString(Path.of(
                        "src",
                        "main",
                        "java",
                        "com",
                        "jialicare",
                        "domain",
                        "model",
                        "application",
                        "Application.java")));
        while (m.find()) {
            codes.add(m.group(1));
        }
        codes.addAll(Set.of("COUNTY_RETURN", "CITY_RETURN"));
        return codes;
    }

    private static List<String> cellTexts(XSSFWorkbook wb) {
        List<String> texts = new ArrayList<>();
        wb.forEach(sheet -> {
            texts.add(sheet.getSheetName());
            sheet.forEach(row -> row.forEach(c -> {
                if (c.getCellType() == CellType.STRING) {
                    texts.add(c.getStringCellValue());
                }
            }));
        });
        return texts;
    }

    private static int headerRow(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && first.equals(c.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header " + first);
    }

    private static List<String> pages(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                pages.add(extractor.getTextFromPage(i));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    private static String text(byte[] pdf) throws Exception {
        return String.join("\n", pages(pdf));
    }

    @Test
    @DisplayName(
            "the workbook holds every line with masked ID number and bed, the reasons in words, and a numeric total")
    void excel() throws Exception {
        byte[] bytes = new ApplicationExcelExport().export(report(true));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet lines = wb.getSheet("明细");
            int header = headerRow(lines, "序号");
            Row head = lines.getRow(header);
            assertThat(head.getCell(2).getStringCellValue()).isEqualTo("身份证号");
            assertThat(head.getCell(3).getStringCellValue()).isEqualTo("床位");
            Row first = lines.getRow(header + 1);
            Row second = lines.getRow(header + 2);
            assertThat(first.getCell(1).getStringCellValue())
                    .isEqualTo(second.getCell(1).getStringCellValue());
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("5111**********4803");
            assertThat(second.getCell(2).getStringCellValue()).isEqualTo("5111**********2216");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("A-101");
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("2 中度失能");
            assertThat(lines.getRow(header + 3).getCell(10).getStringCellValue())
                    .isEqualTo("当月在院天数不足");
            assertThat(wb.getSheet("流转记录").getRow(5).getCell(4).getStringCellValue())
                    .isEqualTo("材料齐全");
            assertThat(wb.getSheet("流转记录").getRow(5).getCell(1).getStringCellValue())
                    .isEqualTo("张科长");
        }
    }

    @Test
    @DisplayName(
            "the total is a formula whose number is stored (read without calculating), with no text copy beside it")
    void excelTotalIsANumber() throws Exception {
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(new ApplicationExcelExport().export(report(true))))) {
            Sheet lines = wb.getSheet("明细");
            int header = headerRow(lines, "序号");
            Row totalRow = lines.getRow(header + 4);
            Cell total = totalRow.getCell(ApplicationExcelExport.AMOUNT_COLUMN);
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCellFormula()).isEqualTo("SUM(J" + (header + 2) + ":J" + (header + 4) + ")");
            assertThat(total.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(12345.60);
            for (Cell c : totalRow) {
                if (c.getCellType() == CellType.STRING) {
                    assertThat(c.getStringCellValue()).isEqualTo("合计");
                }
            }
            assertThat(lines.getRow(6).getCell(0).getStringCellValue()).isEqualTo("导出时间");
            assertThat(lines.getRow(6).getCell(1).getStringCellValue()).isEqualTo("2025-03-21 16:05");
            assertThat(lines.getRow(7).getCell(0).getStringCellValue()).isEqualTo("核定金额（元）");
            assertThat(lines.getRow(7).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(lines.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(12345.60);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    @DisplayName("neither document shows a raw code (state, kind, action, reason) in either language")
    void noRawCodes(boolean chinese) throws Exception {
        Set<String> codes = codes();
        assertThat(codes).contains("SUBMITTED", "COUNTY_RETURN", "PAY", "OPERATING", "TOO_FEW_DAYS_PRESENT");
        Pattern word = Pattern.compile("[A-Z]+(?:_[A-Z]+)*");
        for (ApplicationState state : ApplicationState.values()) {
            List<String> found = new ArrayList<>();
            try (XSSFWorkbook wb = new XSSFWorkbook(
                    new ByteArrayInputStream(new ApplicationExcelExport().export(report(chinese, state, 3))))) {
                for (String s : cellTexts(wb)) {
                    Matcher m = word.matcher(s);
                    while (m.find()) {
                        found.add(m.group());
                    }
                }
            }
            // the watermark's word is a word (DRAFT, WITHDRAWN), not the state's code printed by mistake
            String pdf = text(new ApprovalSheetPdf().export(report(chinese, state, 3)))
                    .replace(ExportTexts.of(chinese).text("pdf.watermark.withdrawn"), "")
                    .replace(ExportTexts.of(chinese).text("pdf.watermark.draft"), "");
            Matcher m = word.matcher(pdf);
            while (m.find()) {
                found.add(m.group());
            }
            assertThat(found).as(state + " " + (chinese ? "zh" : "en")).doesNotContainAnyElementsOf(codes);
        }
    }

    @Test
    @DisplayName("the sheet prints amounts with thousands separators, and its own words in Chinese")
    void pdfAmounts() throws Exception {
        byte[] bytes = new ApprovalSheetPdf().export(report(true));
        Files.write(Path.of("target", "approval-sheet-sample.pdf"), bytes); // for a look with any PDF reader
        String text = text(bytes);
        assertThat(text).contains("12,345.60", "12,000.00", "乐山市福寿养老院", "已拨付", "运营补贴");
        assertThat(text).doesNotContain("12345.60 ", "12000.00");
        PdfReader reader = new PdfReader(bytes);
        assertThat(reader.getInfo().get("Title")).isEqualTo("补贴申请审批表 #42");
        reader.close();
    }

    @ParameterizedTest
    @EnumSource(ApplicationState.class)
    @DisplayName("the amount is labelled requested, proposed or approved by state, and the label fits its column")
    void amountLabel(ApplicationState state) throws Exception {
        String zh = text(new ApprovalSheetPdf().export(report(true, state, 3)));
        String expected = switch (state) {
            case DRAFT, SUBMITTED, RETURNED, WITHDRAWN -> "申报金额（元）";
            case COUNTY_APPROVED, PUBLIC_NOTICE -> "拟补贴金额（元）";
            case CITY_APPROVED, PAID -> "核定金额（元）";
        };
        assertThat(zh).contains(expected);
        if (!expected.startsWith("核定")) {
            assertThat(zh).doesNotContain("核定金额");
        }
        List<Float> room = ApprovalSheetPdf.infoLabelColumnWidths();
        for (boolean chinese : new boolean[] {true, false}) {
            String label = ExportTexts.of(chinese).amountLabel(state);
            assertThat(ApprovalSheetPdf.widthOf(label, ApprovalSheetPdf.TEXT_SIZE))
                    .as(label)
                    .isLessThan(room.get(0));
        }
    }

    @Test
    @DisplayName("every label of the information table fits its column in both languages (no wrapped labels)")
    void labelsFit() {
        List<Float> room = ApprovalSheetPdf.infoLabelColumnWidths();
        for (boolean chinese : new boolean[] {true, false}) {
            ExportTexts t = ExportTexts.of(chinese);
            for (String k : List.of("info.application", "pdf.careHome", "pdf.county", "info.period", "pdf.eligible")) {
                assertThat(ApprovalSheetPdf.widthOf(t.text(k), ApprovalSheetPdf.TEXT_SIZE))
                        .as(k)
                        .isLessThan(room.get(0));
            }
            for (String k : List.of("info.state", "pdf.creditCode", "info.subsidy", "pdf.notice")) {
                assertThat(ApprovalSheetPdf.widthOf(t.text(k), ApprovalSheetPdf.TEXT_SIZE))
                        .as(k)
                        .isLessThan(room.get(1));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    @DisplayName("every page of a long sheet carries the application number and 'page n of N'")
    void pageNumbers(boolean chinese) throws Exception {
        List<String> pages = pages(new ApprovalSheetPdf().export(report(chinese, ApplicationState.PAID, 120)));
        assertThat(pages.size()).isGreaterThanOrEqualTo(3);
        int n = pages.size();
        for (int i = 1; i <= n; i++) {
            String page = pages.get(i - 1).replaceAll("\\s+", " ");
            if (chinese) {
                assertThat(page)
                        .as("page " + i)
                        .contains("申请编号 #42（第2版）", "第 " + i + " 页，共 " + n + " 页", "打印时间 2025-03-21 16:05");
            } else {
                assertThat(page)
                        .as("page " + i)
                        .contains("Application #42 (revision 2)", "Page " + i + " of " + n, "Printed 2025-03-21 16:05");
            }
        }
    }

    @Test
    @DisplayName("a draft carries a 草稿 watermark on every page; an approved sheet carries none")
    void draftWatermark() throws Exception {
        List<String> draft = pages(new ApprovalSheetPdf().export(report(true, ApplicationState.DRAFT, 120)));
        List<String> paid = pages(new ApprovalSheetPdf().export(report(true, ApplicationState.PAID, 120)));
        assertThat(draft.size()).isGreaterThanOrEqualTo(2);
        // page 2 holds lines only: the state's name cannot be what is found there
        assertThat(draft.get(1)).contains("草稿");
        assertThat(paid.get(1)).doesNotContain("草稿");
        assertThat(pages(new ApprovalSheetPdf().export(report(false, ApplicationState.DRAFT, 120)))
                        .get(1))
                .contains("DRAFT");
    }

    @Test
    @DisplayName("the seal boxes carry the reviewers' names, their opinions and dates for the revision shown")
    void sealBoxes() throws Exception {
        List<String> pages = pages(new ApprovalSheetPdf().export(report(true)));
        String last = pages.get(pages.size() - 1).replaceAll("\\s+", " ");
        assertThat(last).contains("区县民政局（盖章）", "审核人：张科长", "意见：材料齐全", "日期：2025-02-03");
        assertThat(last).contains("审核人：李处长", "意见：同意拨付", "日期：2025-03-10");
        assertThat(last).contains("经办人：王会计", "日期：2025-03-20");
        // the return of revision 1 is history, not the county's opinion on revision 2
        assertThat(last).doesNotContain("意见：缺少床位照片");
    }

    @Test
    @DisplayName("the sheet's lines show the masked ID number and the bed, so same-name residents differ")
    void pdfLines() throws Exception {
        String text = text(new ApprovalSheetPdf().export(report(true)));
        assertThat(text).contains("5111**********4803", "5111**********2216", "A-101", "B-203", "2 中度失能");
        assertThat(text).contains("另有 1 项不符合条件");
        String en = text(new ApprovalSheetPdf().export(report(false)));
        assertThat(en).contains("ID number", "Bed", "Approved (yuan)", "Paid", "Operating subsidy", "Page 1 of 1");
    }

    @Test
    @DisplayName("the font is embedded as a subset (Noto Sans CJK), and the sheet stays small")
    void fontEmbedded() throws Exception {
        byte[] bytes = new ApprovalSheetPdf().export(report(true, ApplicationState.PAID, 120));
        PdfReader reader = new PdfReader(bytes);
        List<String> fonts = new ArrayList<>();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            PdfDictionary resources =
                    (PdfDictionary) PdfReader.getPdfObject(reader.getPageN(i).get(PdfName.RESOURCES));
            PdfDictionary pageFonts = (PdfDictionary) PdfReader.getPdfObject(resources.get(PdfName.FONT));
            for (PdfName key : pageFonts.getKeys()) {
                PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(pageFonts.get(key));
                fonts.add(font.getAsName(PdfName.BASEFONT).toString());
                PdfArray descendants = (PdfArray) PdfReader.getPdfObject(font.get(PdfName.DESCENDANTFONTS));
                if (descendants == null) {
                    continue; // a simple font such as Helvetica: the name check below fails on it
                }
                PdfDictionary descendant = (PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0));
                PdfDictionary descriptor =
                        (PdfDictionary) PdfReader.getPdfObject(descendant.get(PdfName.FONTDESCRIPTOR));
                assertThat(descriptor.get(PdfName.FONTFILE3) != null || descriptor.get(PdfName.FONTFILE2) != null)
                        .as("embedded font file")
                        .isTrue();
            }
        }
        reader.close();
        assertThat(fonts).isNotEmpty().allMatch(f -> f.matches("/[A-Z]{6}\\+NotoSansCJKsc-Regular.*"));
        assertThat(bytes.length).as("bytes").isLessThan(1_000_000);
    }

    @Test
    @DisplayName("in English the workbook speaks English: sheets, labels, columns, state, yes/no and the total")
    void excelEnglish() throws Exception {
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(new ApplicationExcelExport().export(report(false))))) {
            Sheet lines = wb.getSheet("Lines");
            assertThat(lines.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Application");
            assertThat(lines.getRow(0).getCell(1).getStringCellValue()).isEqualTo("#42 (revision 2)");
            assertThat(lines.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Care home");
            assertThat(lines.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Operating subsidy");
            assertThat(lines.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Paid");
            int header = headerRow(lines, "No.");
            assertThat(lines.getRow(header).getCell(9).getStringCellValue()).isEqualTo("Amount (yuan)");
            assertThat(lines.getRow(header + 1).getCell(8).getStringCellValue()).isEqualTo("yes");
            assertThat(lines.getRow(header + 3).getCell(8).getStringCellValue()).isEqualTo("no");
            assertThat(lines.getRow(header + 4).getCell(8).getStringCellValue()).isEqualTo("Total");
            Sheet history = wb.getSheet("History");
            assertThat(history.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Comment");
            assertThat(history.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Returned by the county");
            assertThat(history.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Returned to the home");
        }
    }

    @Test
    @DisplayName("in Chinese the workbook's labels, state and revision read in Chinese")
    void excelChineseLabels() throws Exception {
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(new ApplicationExcelExport().export(report(true))))) {
            Sheet lines = wb.getSheet("明细");
            assertThat(lines.getRow(0).getCell(1).getStringCellValue()).isEqualTo("#42 (第2版)");
            assertThat(lines.getRow(1).getCell(0).getStringCellValue()).isEqualTo("机构");
            assertThat(lines.getRow(5).getCell(1).getStringCellValue()).isEqualTo("已拨付");
            int header = headerRow(lines, "序号");
            assertThat(lines.getRow(header + 1).getCell(8).getStringCellValue()).isEqualTo("是");
            assertThat(lines.getRow(header + 4).getCell(8).getStringCellValue()).isEqualTo("合计");
            assertThat(wb.getSheet("流转记录").getRow(8).getCell(2).getStringCellValue())
                    .isEqualTo("登记拨付");
        }
    }

    // --- money over time: adjustments (issue #15 item 2) ---

    /** A paid application that carried a back-pay and two recoveries (RULES.md §8.4). */
    private static ApplicationReport adjusted(boolean chinese) {
        ApplicationReport r = report(chinese);
        return new ApplicationReport(
                r.applicationId(),
                r.homeName(),
                r.creditCode(),
                r.countyName(),
                r.kind(),
                r.period(),
                r.state(),
                r.revision(),
                new BigDecimal("12185.60"),
                r.noticeFrom(),
                r.noticeLastDay(),
                r.lines(),
                r.history(),
                chinese,
                r.printedAt(),
                new ApplicationReport.Adjustments(
                        List.of(
                                new ApplicationReport.Adjustment(
                                        "BACK_PAY",
                                        "2024-05 王秀英",
                                        17,
                                        5,
                                        new BigDecimal("120.00"),
                                        new BigDecimal("220.00"),
                                        new BigDecimal("100.00"),
                                        "ASSESSED"),
                                new ApplicationReport.Adjustment(
                                        "RECOVERY",
                                        "2024-06 李明",
                                        17,
                                        9,
                                        new BigDecimal("130.00"),
                                        new BigDecimal("0.00"),
                                        new BigDecimal("-130.00"),
                                        "STAY_CORRECTED"),
                                new ApplicationReport.Adjustment(
                                        "RECOVERY",
                                        "2024-07 李明",
                                        17,
                                        10,
                                        new BigDecimal("130.00"),
                                        new BigDecimal("0.00"),
                                        new BigDecimal("-130.00"),
                                        "SOMETHING_UNNAMED")),
                        new BigDecimal("12345.60"),
                        new BigDecimal("-160.00"),
                        new BigDecimal("12185.60"),
                        new BigDecimal("0.00")));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    @DisplayName("the adjustments have their own section in both documents, in words, with their totals")
    void adjustments(boolean chinese) throws Exception {
        ExportTexts t = ExportTexts.of(chinese);
        Pattern word = Pattern.compile("[A-Z]+(?:_[A-Z]+)+|BACK_PAY|RECOVERY");
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(new ApplicationExcelExport().export(adjusted(chinese))))) {
            Sheet sheet = wb.getSheet(t.text("sheet.adjustments"));
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(chinese ? "补发" : "Back-pay");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(chinese ? "追缴" : "Recovery");
            assertThat(sheet.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(-130.0);
            assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).isEqualTo(t.text("cause.other"));
            assertThat(sheet.getRow(7).getCell(5).getStringCellValue()).isEqualTo(t.text("adjustments.total"));
            assertThat(sheet.getRow(7).getCell(6).getNumericCellValue()).isEqualTo(12185.6);
            for (String s : cellTexts(wb)) {
                assertThat(word.matcher(s).find()).as(s).isFalse();
            }
        }
        String pdf = text(new ApprovalSheetPdf().export(adjusted(chinese)));
        assertThat(pdf)
                .contains(t.text("pdf.adjustments"), t.text("adjustment.type.RECOVERY"), t.text("cause.STAY_CORRECTED"))
                .contains("-160.00", "12,185.60", "12,345.60", t.format("adjustments.correctsLine.pattern", 17, 9));
        assertThat(word.matcher(pdf).find()).as(pdf).isFalse();
        // an application without adjustments has no such section
        assertThat(text(new ApprovalSheetPdf().export(report(chinese)))).doesNotContain(t.text("pdf.adjustments"));
    }

    @Test
    @DisplayName(
            "issue #16: a notice whose last day passed before the document was made reads as ended, awaiting approval")
    void noticeEndedInTheDocuments() {
        // printed 2025-03-21, the notice's last day 2025-03-07
        assertThat(ExportTexts.of(true).state(report(true, ApplicationState.PUBLIC_NOTICE, 3)))
                .isEqualTo("公示已结束，待审批");
        assertThat(ExportTexts.of(false).state(report(false, ApplicationState.PUBLIC_NOTICE, 3)))
                .isEqualTo("Notice ended, awaiting approval");
        assertThat(ExportTexts.of(true).state(report(true, ApplicationState.PAID, 3)))
                .isEqualTo(ExportTexts.of(true).state(ApplicationState.PAID));
    }
}
