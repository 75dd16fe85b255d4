package com.jialicare.infrastructure.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An application's lines as an .xlsx workbook: the application's data and its amount (requested, proposed
 * or approved, by state), a sheet of lines (amounts as real numbers with two decimals, so the auditor's own
 * sums work; the masked ID number and the bed tell same-name residents apart) with the total as a formula
 * whose value is stored, and a sheet of the history. Codes are worded from the export bundle.
 */
public final class ApplicationExcelExport {

    /** The column of the amounts (J), which the total sums. */
    static final int AMOUNT_COLUMN = 9;

    public byte[] export(ApplicationReport r) {
        ExportTexts t = ExportTexts.of(r.chinese());
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle moneyBold = wb.createCellStyle();
            moneyBold.cloneStyleFrom(money);
            moneyBold.setFont(bold);

            Sheet sheet = wb.createSheet(t.text("sheet.lines"));
            int rowNo = 0;
            rowNo = info(
                    sheet,
                    rowNo,
                    t.text("info.application"),
                    "#" + r.applicationId() + t.format("info.revision.pattern", r.revision()));
            rowNo = info(sheet, rowNo, t.text("info.careHome"), r.homeName() + "  " + r.creditCode());
            rowNo = info(sheet, rowNo, t.text("info.county"), r.countyName());
            rowNo = info(
                    sheet,
                    rowNo,
                    t.text("info.subsidy"),
                    t.text("kind." + r.kind().name()));
            rowNo = info(sheet, rowNo, t.text("info.period"), r.period());
            rowNo = info(sheet, rowNo, t.text("info.state"), t.state(r));
            rowNo = info(sheet, rowNo, t.text("info.printed"), r.printedAt() == null ? "" : r.printedAt());
            Row declared = sheet.createRow(rowNo++);
            declared.createCell(0).setCellValue(t.amountLabel(r.state()));
            Cell declaredAmount = declared.createCell(1);
            declaredAmount.setCellValue(r.totalOrSum().doubleValue());
            declaredAmount.setCellStyle(moneyBold);
            rowNo++;
            String[] columns = t.texts(
                    "lines.no",
                    "lines.subject",
                    "lines.idNumber",
                    "lines.bed",
                    "lines.detail",
                    "lines.month",
                    "lines.presentDays",
                    "lines.level",
                    "lines.eligible",
                    "lines.amountYuan",
                    "lines.reason",
                    "lines.policyVersion");
            Row head = sheet.createRow(rowNo++);
            for (int i = 0; i < columns.length; i++) {
                Cell c = head.createCell(i);
                c.setCellValue(columns[i]);
                c.setCellStyle(header);
            }
            int firstLine = rowNo;
            for (ApplicationReport.Line l : r.lines()) {
                Row row = sheet.createRow(rowNo++);
                row.createCell(0).setCellValue(l.lineNo());
                row.createCell(1).setCellValue(l.subject());
                row.createCell(2).setCellValue(l.maskedIdNumber() == null ? "" : l.maskedIdNumber());
                row.createCell(3).setCellValue(l.bed() == null ? "" : l.bed());
                row.createCell(4).setCellValue(l.detail() == null ? "" : l.detail());
                row.createCell(5).setCellValue(l.month() == null ? "" : l.month());
                if (l.presentDays() != null) {
                    row.createCell(6).setCellValue(l.presentDays());
                }
                row.createCell(7).setCellValue(t.level(l.level()));
                row.createCell(8).setCellValue(t.text(l.eligible() ? "yes" : "no"));
                Cell amount = row.createCell(AMOUNT_COLUMN);
                amount.setCellValue(l.amount().doubleValue());
                amount.setCellStyle(money);
                row.createCell(10).setCellValue(l.reason() == null ? "" : l.reason());
                row.createCell(11).setCellValue(l.policyVersion());
            }
            Row totalRow = sheet.createRow(rowNo);
            totalRow.createCell(AMOUNT_COLUMN - 1).setCellValue(t.text("total"));
            Cell total = totalRow.createCell(AMOUNT_COLUMN);
            if (r.lines().isEmpty()) {
                total.setCellValue(0);
            } else {
                String column = org.apache.poi.ss.util.CellReference.convertNumToColString(AMOUNT_COLUMN);
                total.setCellFormula("SUM(" + column + (firstLine + 1) + ":" + column + rowNo + ")");
            }
            total.setCellStyle(moneyBold);
            // a formula with its number already worked out: viewers that do not calculate (previews, phones,
            // importers) read the total too
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(total);
            for (int i = 0; i < columns.length; i++) {
                sheet.autoSizeColumn(i);
            }
            sheet.createFreezePane(0, firstLine);

            Sheet history = wb.createSheet(t.text("sheet.history"));
            Row h = history.createRow(0);
            String[] hcols =
                    t.texts("history.when", "history.who", "history.action", "history.state", "history.comment");
            for (int i = 0; i < hcols.length; i++) {
                Cell c = h.createCell(i);
                c.setCellValue(hcols[i]);
                c.setCellStyle(header);
            }
            int hr = 1;
            for (ApplicationReport.Step s : r.history()) {
                Row row = history.createRow(hr++);
                row.createCell(0).setCellValue(s.at());
                row.createCell(1).setCellValue(s.actor());
                row.createCell(2).setCellValue(t.action(s.action()));
                row.createCell(3).setCellValue(t.state(s.toState()));
                row.createCell(4).setCellValue(s.comment() == null ? "" : s.comment());
            }
            for (int i = 0; i < hcols.length; i++) {
                history.autoSizeColumn(i);
            }
            if (r.adjustments() != null && r.adjustments().shown()) {
                adjustments(wb.createSheet(t.text("sheet.adjustments")), r.adjustments(), t, header, money, moneyBold);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The adjustments (RULES.md §8.4) in a sheet of their own: one row each (type, what, the application and line
     * it corrects, old, new and adjustment amount, cause), then the totals: lines, adjustments, total, recovery
     * carried over.
     */
    private static void adjustments(
            Sheet sheet,
            ApplicationReport.Adjustments a,
            ExportTexts t,
            CellStyle header,
            CellStyle money,
            CellStyle moneyBold) {
        String[] columns = t.texts(
                "adjustments.type",
                "adjustments.subject",
                "adjustments.corrects",
                "adjustments.line",
                "adjustments.oldAmount",
                "adjustments.newAmount",
                "adjustments.amount",
                "adjustments.cause");
        int rowNo = 0;
        Row head = sheet.createRow(rowNo++);
        for (int i = 0; i < columns.length; i++) {
            Cell c = head.createCell(i);
            c.setCellValue(columns[i]);
            c.setCellStyle(header);
        }
        for (ApplicationReport.Adjustment j : a.items()) {
            Row row = sheet.createRow(rowNo++);
            row.createCell(0).setCellValue(t.adjustmentType(j.type()));
            row.createCell(1).setCellValue(j.subject());
            row.createCell(2).setCellValue("#" + j.correctsApplicationId());
            if (j.lineNo() != null) {
                row.createCell(3).setCellValue(j.lineNo());
            }
            moneyCell(row, 4, j.oldAmount(), money);
            moneyCell(row, 5, j.newAmount(), money);
            moneyCell(row, 6, j.amount(), money);
            row.createCell(7).setCellValue(t.cause(j.cause()));
        }
        rowNo++;
        String[][] totals = {
            {"adjustments.linesTotal"},
            {"adjustments.adjustmentsTotal"},
            {"adjustments.total"},
            {"adjustments.carriedOver"}
        };
        BigDecimal[] values = {a.linesTotal(), a.adjustmentsTotal(), a.total(), a.recoveryCarriedOver()};
        for (int i = 0; i < totals.length; i++) {
            Row row = sheet.createRow(rowNo++);
            row.createCell(5).setCellValue(t.text(totals[i][0]));
            moneyCell(row, 6, values[i], moneyBold);
        }
        for (int i = 0; i < columns.length; i++) {
            sheet.autoSizeColumn(i);
        }
    }

    private static void moneyCell(Row row, int column, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value == null ? 0 : value.doubleValue());
        c.setCellStyle(style);
    }

    private static int info(Sheet sheet, int rowNo, String label, String value) {
        Row row = sheet.createRow(rowNo);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return rowNo + 1;
    }
}
