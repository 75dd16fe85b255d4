package com.jialicare.infrastructure.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * An application's lines as an .xlsx workbook: a sheet of lines (amounts as real numbers with two
 * decimals, so the auditor's own sums work) with the total, and a sheet of the history.
 */
public final class ApplicationExcelExport {

    public byte[] export(ApplicationReport r) {
        boolean zh = r.chinese();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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

            Sheet sheet = wb.createSheet(zh ? "明细" : "Lines");
            int rowNo = 0;
            rowNo = info(sheet, rowNo, zh ? "申请编号" : "Application", "#" + r.applicationId() + " (" + (zh ? "第" : "revision ")
                    + r.revision() + (zh ? "版" : "") + ")");
            rowNo = info(sheet, rowNo, zh ? "机构" : "Care home", r.homeName() + "  " + r.creditCode());
            rowNo = info(sheet, rowNo, zh ? "区县" : "County", r.countyName());
            rowNo = info(sheet, rowNo, zh ? "补贴类型" : "Subsidy", r.kind());
            rowNo = info(sheet, rowNo, zh ? "期间" : "Period", r.period());
            rowNo = info(sheet, rowNo, zh ? "状态" : "State", r.state());
            rowNo++;
            String[] columns = zh
                    ? new String[] {"序号", "对象", "说明", "月份", "在院天数", "能力等级", "是否符合", "金额（元）", "原因代码", "原因", "政策版本"}
                    : new String[] {"No.", "Subject", "Detail", "Month", "Days present", "Level", "Eligible", "Amount (yuan)",
                            "Reason code", "Reason", "Policy version"};
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
                row.createCell(2).setCellValue(l.detail() == null ? "" : l.detail());
                row.createCell(3).setCellValue(l.month() == null ? "" : l.month());
                if (l.presentDays() != null) {
                    row.createCell(4).setCellValue(l.presentDays());
                }
                if (l.level() != null) {
                    row.createCell(5).setCellValue(l.level());
                }
                row.createCell(6).setCellValue(l.eligible() ? (zh ? "是" : "yes") : (zh ? "否" : "no"));
                Cell amount = row.createCell(7);
                amount.setCellValue(l.amount().doubleValue()); // a spreadsheet number; the exact figure is the text below
                amount.setCellStyle(money);
                row.createCell(8).setCellValue(l.reasonCode() == null ? "" : l.reasonCode());
                row.createCell(9).setCellValue(l.reason() == null ? "" : l.reason());
                row.createCell(10).setCellValue(l.policyVersion());
            }
            Row totalRow = sheet.createRow(rowNo);
            totalRow.createCell(6).setCellValue(zh ? "合计" : "Total");
            Cell total = totalRow.createCell(7);
            if (r.lines().isEmpty()) {
                total.setCellValue(0);
            } else {
                total.setCellFormula("SUM(H" + (firstLine + 1) + ":H" + rowNo + ")");
            }
            total.setCellStyle(moneyBold);
            totalRow.createCell(8).setCellValue(r.total() == null ? "" : r.total().toPlainString());
            for (int i = 0; i < columns.length; i++) {
                sheet.autoSizeColumn(i);
            }
            sheet.createFreezePane(0, firstLine);

            Sheet history = wb.createSheet(zh ? "流转记录" : "History");
            Row h = history.createRow(0);
            String[] hcols = zh ? new String[] {"时间", "操作人", "操作", "状态", "意见"}
                    : new String[] {"When", "Who", "Action", "State", "Comment"};
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
                row.createCell(2).setCellValue(s.action());
                row.createCell(3).setCellValue(s.toState());
                row.createCell(4).setCellValue(s.comment() == null ? "" : s.comment());
            }
            for (int i = 0; i < hcols.length; i++) {
                history.autoSizeColumn(i);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int info(Sheet sheet, int rowNo, String label, String value) {
        Row row = sheet.createRow(rowNo);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return rowNo + 1;
    }
}
