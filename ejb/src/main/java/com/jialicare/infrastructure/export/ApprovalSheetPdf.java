package com.jialicare.infrastructure.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The approval sheet (审批表) of an application as PDF: the home, the period, the totals, a summary of the
 * lines, the history of reviews with who and when, and places to sign. Chinese text uses the standard
 * Adobe font STSong-Light (not embedded: every PDF reader supplies it), so no font file ships with us.
 */
public final class ApprovalSheetPdf {

    public byte[] export(ApplicationReport r) {
        boolean zh = r.chinese();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BaseFont base = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(base, 16, Font.BOLD);
            Font text = new Font(base, 10);
            Font bold = new Font(base, 10, Font.BOLD);
            Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
            PdfWriter.getInstance(doc, out);
            doc.addTitle((zh ? "补贴申请审批表 #" : "Subsidy approval sheet #") + r.applicationId());
            doc.addCreator("Jiali Care");
            doc.open();
            Paragraph head = new Paragraph(zh ? "乐山市养老机构床位补贴审批表" : "Leshan care-home bed subsidy approval sheet", title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(12);
            doc.add(head);

            PdfPTable info = new PdfPTable(new float[] {1.2f, 3f, 1.2f, 3f});
            info.setWidthPercentage(100);
            cell(info, zh ? "申请编号" : "Application", bold);
            cell(info, "#" + r.applicationId() + (zh ? "（第" + r.revision() + "版）" : " (revision " + r.revision() + ")"), text);
            cell(info, zh ? "状态" : "State", bold);
            cell(info, r.state(), text);
            cell(info, zh ? "机构名称" : "Care home", bold);
            cell(info, r.homeName(), text);
            cell(info, zh ? "信用代码" : "Credit code", bold);
            cell(info, r.creditCode(), text);
            cell(info, zh ? "所属区县" : "County", bold);
            cell(info, r.countyName(), text);
            cell(info, zh ? "补贴类型" : "Subsidy", bold);
            cell(info, r.kind(), text);
            cell(info, zh ? "期间" : "Period", bold);
            cell(info, r.period(), text);
            cell(info, zh ? "公示期" : "Public notice", bold);
            cell(info, r.noticeFrom() == null ? "—" : r.noticeFrom() + " – " + r.noticeLastDay(), text);
            long eligible = r.lines().stream().filter(ApplicationReport.Line::eligible).count();
            cell(info, zh ? "符合条件" : "Eligible lines", bold);
            cell(info, eligible + " / " + r.lines().size(), text);
            cell(info, zh ? "核定金额（元）" : "Total (yuan)", bold);
            cell(info, r.total() == null ? "—" : r.total().toPlainString(), bold);
            doc.add(info);

            doc.add(new Paragraph(" "));
            doc.add(new Paragraph(zh ? "明细（符合条件的项目）" : "Eligible lines", bold));
            PdfPTable lines = new PdfPTable(new float[] {0.6f, 2.4f, 2.2f, 1f, 1.2f});
            lines.setWidthPercentage(100);
            lines.setHeaderRows(1);
            for (String h : zh ? new String[] {"序号", "对象", "说明", "月份", "金额"}
                    : new String[] {"No.", "Subject", "Detail", "Month", "Amount"}) {
                cell(lines, h, bold);
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (ApplicationReport.Line l : r.lines()) {
                if (!l.eligible()) {
                    continue;
                }
                cell(lines, String.valueOf(l.lineNo()), text);
                cell(lines, l.subject(), text);
                cell(lines, l.detail() == null ? "" : l.detail(), text);
                cell(lines, l.month() == null ? "" : l.month(), text);
                PdfPCell amount = new PdfPCell(new Phrase(l.amount().toPlainString(), text));
                amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
                lines.addCell(amount);
                sum = sum.add(l.amount());
            }
            PdfPCell totalLabel = new PdfPCell(new Phrase(zh ? "合计" : "Total", bold));
            totalLabel.setColspan(4);
            lines.addCell(totalLabel);
            PdfPCell total = new PdfPCell(new Phrase(sum.setScale(2).toPlainString(), bold));
            total.setHorizontalAlignment(Element.ALIGN_RIGHT);
            lines.addCell(total);
            doc.add(lines);

            doc.add(new Paragraph(" "));
            doc.add(new Paragraph(zh ? "审核记录" : "Review history", bold));
            PdfPTable history = new PdfPTable(new float[] {2f, 1.3f, 1.6f, 3f});
            history.setWidthPercentage(100);
            for (String h : zh ? new String[] {"时间", "经办人", "操作", "意见"} : new String[] {"When", "Who", "Action", "Comment"}) {
                cell(history, h, bold);
            }
            for (ApplicationReport.Step s : r.history()) {
                cell(history, s.at(), text);
                cell(history, s.actor(), text);
                cell(history, s.action(), text);
                cell(history, s.comment() == null ? "" : s.comment(), text);
            }
            doc.add(history);

            doc.add(new Paragraph(" "));
            PdfPTable sign = new PdfPTable(3);
            sign.setWidthPercentage(100);
            for (String h : zh ? new String[] {"区县民政局（盖章）", "市民政局（盖章）", "财政局（盖章）"}
                    : new String[] {"County bureau (seal)", "City bureau (seal)", "Finance bureau (seal)"}) {
                PdfPCell c = new PdfPCell(new Phrase(h + "\n\n\n\n" + (zh ? "日期：" : "Date:"), text));
                c.setMinimumHeight(80);
                sign.addCell(c);
            }
            doc.add(sign);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot build the approval sheet", e);
        }
    }

    private static void cell(PdfPTable table, String value, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(value == null ? "" : value, font));
        c.setPadding(4);
        table.addCell(c);
    }
}
