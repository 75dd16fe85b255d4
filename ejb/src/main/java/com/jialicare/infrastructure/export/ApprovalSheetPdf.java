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
        ExportTexts t = ExportTexts.of(r.chinese());
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BaseFont base = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(base, 16, Font.BOLD);
            Font text = new Font(base, 10);
            Font bold = new Font(base, 10, Font.BOLD);
            Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(t.format("pdf.title.pattern", r.applicationId()));
            doc.addCreator("Jiali Care");
            doc.open();
            Paragraph head = new Paragraph(t.text("pdf.heading"), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(12);
            doc.add(head);

            PdfPTable info = new PdfPTable(new float[] {1.2f, 3f, 1.2f, 3f});
            info.setWidthPercentage(100);
            cell(info, t.text("info.application"), bold);
            cell(info, "#" + r.applicationId() + t.format("pdf.revision.pattern", r.revision()), text);
            cell(info, t.text("info.state"), bold);
            cell(info, r.state(), text);
            cell(info, t.text("pdf.careHome"), bold);
            cell(info, r.homeName(), text);
            cell(info, t.text("pdf.creditCode"), bold);
            cell(info, r.creditCode(), text);
            cell(info, t.text("pdf.county"), bold);
            cell(info, r.countyName(), text);
            cell(info, t.text("info.subsidy"), bold);
            cell(info, r.kind(), text);
            cell(info, t.text("info.period"), bold);
            cell(info, r.period(), text);
            cell(info, t.text("pdf.notice"), bold);
            cell(info, r.noticeFrom() == null ? "—" : r.noticeFrom() + " – " + r.noticeLastDay(), text);
            long eligible = r.lines().stream().filter(ApplicationReport.Line::eligible).count();
            cell(info, t.text("pdf.eligible"), bold);
            cell(info, eligible + " / " + r.lines().size(), text);
            cell(info, t.text("pdf.total"), bold);
            cell(info, r.total() == null ? "—" : r.total().toPlainString(), bold);
            doc.add(info);

            doc.add(new Paragraph(" "));
            doc.add(new Paragraph(t.text("pdf.lines"), bold));
            PdfPTable lines = new PdfPTable(new float[] {0.6f, 2.4f, 2.2f, 1f, 1.2f});
            lines.setWidthPercentage(100);
            lines.setHeaderRows(1);
            for (String h : t.texts("lines.no", "lines.subject", "lines.detail", "lines.month", "lines.amount")) {
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
            PdfPCell totalLabel = new PdfPCell(new Phrase(t.text("total"), bold));
            totalLabel.setColspan(4);
            lines.addCell(totalLabel);
            PdfPCell total = new PdfPCell(new Phrase(sum.setScale(2).toPlainString(), bold));
            total.setHorizontalAlignment(Element.ALIGN_RIGHT);
            lines.addCell(total);
            doc.add(lines);

            doc.add(new Paragraph(" "));
            doc.add(new Paragraph(t.text("pdf.history"), bold));
            PdfPTable history = new PdfPTable(new float[] {2f, 1.3f, 1.6f, 3f});
            history.setWidthPercentage(100);
            for (String h : t.texts("history.when", "pdf.history.who", "history.action", "history.comment")) {
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
            for (String h : t.texts("pdf.seal.county", "pdf.seal.city", "pdf.seal.finance")) {
                PdfPCell c = new PdfPCell(new Phrase(h + "\n\n\n\n" + t.text("pdf.date"), text));
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
