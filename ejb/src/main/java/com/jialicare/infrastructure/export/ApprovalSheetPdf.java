package com.jialicare.infrastructure.export;

import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The approval sheet (审批表) of an application as PDF, for filing: the home, the period, the amount (requested,
 * proposed or approved, by state), the eligible lines with masked ID number and bed, the history of reviews, and
 * the seal boxes with each reviewer's name, opinion and date. Every page carries the application number and
 * "page n of N"; a draft carries a 草稿 watermark.
 *
 * <p>The text is set in Noto Sans CJK SC (OFL-1.1), which covers Chinese and Latin; a subset of it is embedded
 * (OpenPDF's CFF subsetting), so every viewer, phones included, shows the sheet as printed. The build copies the
 * font collection into the jar (ejb/pom.xml): no server needs a font file.
 */
public final class ApprovalSheetPdf {

    /** The font collection on the class path, beside this class. */
    static final String FONT_RESOURCE = "fonts/NotoSansCJK-Regular.ttc";
    /** Faces of the collection: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK; the simplified-Chinese one. */
    private static final int FONT_FACE = 2;
    /** The widths of the information table's columns (label, value, label, value), in proportion. */
    static final float[] INFO_WIDTHS = {1.9f, 2.6f, 1.6f, 2.6f};

    static final float PAGE_WIDTH = PageSize.A4.getWidth();
    static final float MARGIN = 40;
    static final float INFO_PADDING = 4;
    static final float TEXT_SIZE = 10;

    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Object LOCK = new Object();
    private static byte[] fontBytes;
    private static BaseFont font;

    public byte[] export(ApplicationReport r) {
        synchronized (LOCK) {
            // two passes: the first counts the pages, so that each page can say "page n of N"
            int pages = new PdfReaderPages().count(render(r, 0));
            return render(r, pages);
        }
    }

    /**
     * The embedded font, parsed once (parsing the collection takes most of a sheet's time). An OpenPDF font reads
     * its file while a document is written, so the documents that use it are written one at a time ({@link #LOCK}).
     */
    static BaseFont font() {
        synchronized (LOCK) {
            if (font == null) {
                try {
                    font = BaseFont.createFont(
                            "NotoSansCJK-Regular.ttc," + FONT_FACE,
                            BaseFont.IDENTITY_H,
                            BaseFont.EMBEDDED,
                            false,
                            fontBytes(),
                            null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (DocumentException e) {
                    throw new IllegalStateException("Cannot read the approval sheet's font", e);
                }
            }
            return font;
        }
    }

    private static byte[] fontBytes() throws IOException {
        if (fontBytes == null) {
            try (InputStream in = ApprovalSheetPdf.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The approval sheet's font " + FONT_RESOURCE
                            + " is not on the class path: the ejb build copies it from fonts-noto-cjk");
                }
                fontBytes = in.readAllBytes();
            }
        }
        return fontBytes;
    }

    private byte[] render(ApplicationReport r, int pageCount) {
        ExportTexts t = ExportTexts.of(r.chinese());
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BaseFont base = font();
            Font title = new Font(base, 16, Font.BOLD);
            Font text = new Font(base, TEXT_SIZE);
            Font small = new Font(base, 8.5f);
            Font bold = new Font(base, TEXT_SIZE, Font.BOLD);
            Document doc = new Document(PageSize.A4, MARGIN, MARGIN, 56, 50);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new Decorations(t, r, base, pageCount));
            doc.addTitle(t.format("pdf.title.pattern", r.applicationId()));
            doc.addCreator("Jiali Care");
            doc.open();
            Paragraph head = new Paragraph(t.text("pdf.heading"), title);
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(12);
            doc.add(head);

            PdfPTable info = new PdfPTable(INFO_WIDTHS);
            info.setWidthPercentage(100);
            cell(info, t.text("info.application"), bold);
            cell(info, "#" + r.applicationId() + t.format("pdf.revision.pattern", r.revision()), text);
            cell(info, t.text("info.state"), bold);
            cell(info, t.state(r), text);
            cell(info, t.text("pdf.careHome"), bold);
            cell(info, r.homeName(), text);
            cell(info, t.text("pdf.creditCode"), bold);
            cell(info, r.creditCode(), text);
            cell(info, t.text("pdf.county"), bold);
            cell(info, r.countyName(), text);
            cell(info, t.text("info.subsidy"), bold);
            cell(info, t.text("kind." + r.kind().name()), text);
            cell(info, t.text("info.period"), bold);
            cell(info, r.period(), text);
            cell(info, t.text("pdf.notice"), bold);
            cell(info, r.noticeFrom() == null ? "—" : r.noticeFrom() + " – " + r.noticeLastDay(), text);
            long eligible =
                    r.lines().stream().filter(ApplicationReport.Line::eligible).count();
            cell(info, t.amountLabel(r.state()), bold);
            cell(info, ExportTexts.money(r.totalOrSum()), bold);
            cell(info, t.text("pdf.eligible"), bold);
            cell(info, eligible + " / " + r.lines().size(), text);
            doc.add(info);

            doc.add(section(t.text("pdf.lines"), bold));
            boolean operating = r.kind() == ApplicationKind.OPERATING;
            PdfPTable lines = operating
                    ? new PdfPTable(new float[] {0.55f, 1.3f, 2.05f, 0.95f, 0.95f, 1.15f, 1.95f, 1.25f})
                    : new PdfPTable(new float[] {0.6f, 2.2f, 3f, 1.4f});
            lines.setWidthPercentage(100);
            lines.setHeaderRows(1);
            String[] headers = operating
                    ? t.texts(
                            "lines.no",
                            "lines.subject",
                            "lines.idNumber",
                            "lines.bed",
                            "lines.month",
                            "lines.presentDays",
                            "lines.level",
                            "lines.amount")
                    : t.texts("lines.no", "lines.subject", "lines.detail", "lines.amount");
            Font smallBold = new Font(base, 8.5f, Font.BOLD);
            for (String h : headers) {
                cell(lines, h, smallBold);
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (ApplicationReport.Line l : r.lines()) {
                if (!l.eligible()) {
                    continue;
                }
                cell(lines, String.valueOf(l.lineNo()), small);
                cell(lines, l.subject(), small);
                if (operating) {
                    cell(lines, l.maskedIdNumber(), small);
                    cell(lines, l.bed(), small);
                    cell(lines, l.month(), small);
                    cell(lines, l.presentDays() == null ? "" : String.valueOf(l.presentDays()), small);
                    cell(lines, t.level(l.level()), small);
                } else {
                    cell(lines, l.detail(), small);
                }
                PdfPCell amount = new PdfPCell(new Phrase(ExportTexts.money(l.amount()), small));
                amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
                amount.setPadding(3);
                lines.addCell(amount);
                sum = sum.add(l.amount());
            }
            PdfPCell totalLabel = new PdfPCell(new Phrase(t.text("total"), bold));
            totalLabel.setColspan(headers.length - 1);
            totalLabel.setPadding(3);
            lines.addCell(totalLabel);
            PdfPCell total = new PdfPCell(new Phrase(ExportTexts.money(sum.setScale(2)), bold));
            total.setHorizontalAlignment(Element.ALIGN_RIGHT);
            total.setPadding(3);
            lines.addCell(total);
            doc.add(lines);
            long excluded = r.lines().size() - eligible;
            if (excluded > 0) {
                doc.add(new Paragraph(t.format("pdf.excluded.pattern", excluded), small));
            }

            if (r.adjustments() != null && r.adjustments().shown()) {
                adjustments(doc, r.adjustments(), t, bold, small, smallBold);
            }

            doc.add(section(t.text("pdf.history"), bold));
            PdfPTable history = new PdfPTable(new float[] {1.7f, 1.3f, 1.7f, 1.9f, 3f});
            history.setWidthPercentage(100);
            history.setHeaderRows(1);
            for (String h : t.texts(
                    "history.when", "pdf.history.who", "history.action", "pdf.history.state", "history.comment")) {
                cell(history, h, bold);
            }
            for (ApplicationReport.Step s : r.history()) {
                cell(history, s.at(), small);
                cell(history, s.actor(), small);
                cell(history, t.action(s.action()), small);
                cell(history, t.state(s.toState()), small);
                cell(history, s.comment(), small);
            }
            doc.add(history);

            PdfPTable sign = new PdfPTable(3);
            sign.setWidthPercentage(100);
            sign.setKeepTogether(true);
            sign.setSpacingBefore(14);
            seal(
                    sign,
                    t,
                    text,
                    small,
                    t.text("pdf.seal.county"),
                    t.text("pdf.seal.reviewer"),
                    t.text("pdf.seal.opinion"),
                    last(r, Set.of("COUNTY_APPROVE", "COUNTY_RETURN")));
            seal(
                    sign,
                    t,
                    text,
                    small,
                    t.text("pdf.seal.city"),
                    t.text("pdf.seal.reviewer"),
                    t.text("pdf.seal.opinion"),
                    last(r, Set.of("CITY_APPROVE", "CITY_RETURN", "OBJECTION_UPHELD")));
            seal(
                    sign,
                    t,
                    text,
                    small,
                    t.text("pdf.seal.finance"),
                    t.text("pdf.seal.recorder"),
                    t.text("pdf.seal.note"),
                    last(r, Set.of("PAY")));
            doc.add(sign);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot build the approval sheet", e);
        }
    }

    /** The latest of these actions on the revision shown: a returned and resubmitted sheet starts its boxes anew. */
    private static ApplicationReport.Step last(ApplicationReport r, Set<String> actions) {
        ApplicationReport.Step found = null;
        for (ApplicationReport.Step s : r.history()) {
            if (actions.contains(s.action()) && s.revision() == r.revision()) {
                found = s;
            }
        }
        return found;
    }

    private static void seal(
            PdfPTable table,
            ExportTexts t,
            Font text,
            Font small,
            String office,
            String who,
            String opinion,
            ApplicationReport.Step step) {
        PdfPCell c = new PdfPCell();
        c.setPadding(5);
        c.setMinimumHeight(110);
        c.addElement(new Paragraph(office, text));
        Paragraph p = new Paragraph();
        p.setLeading(13);
        p.add(new Phrase(who + (step == null ? "" : step.actor()) + "\n", small));
        p.add(new Phrase(
                opinion
                        + (step == null || step.comment() == null
                                ? (step == null ? "" : t.action(step.action()))
                                : step.comment())
                        + "\n",
                small));
        p.add(new Phrase(t.text("pdf.date") + (step == null ? "" : step.at().substring(0, 10)), small));
        p.setSpacingBefore(36);
        c.addElement(p);
        table.addCell(c);
    }

    /**
     * The adjustments (RULES.md §8.4), apart from the lines: type, what, the application and line corrected, old,
     * new and adjustment amount, cause; then lines, adjustments, total and the recovery carried over.
     */
    private static void adjustments(
            Document doc, ApplicationReport.Adjustments a, ExportTexts t, Font bold, Font small, Font smallBold)
            throws com.lowagie.text.DocumentException {
        doc.add(section(t.text("pdf.adjustments"), bold));
        PdfPTable table = new PdfPTable(new float[] {0.8f, 2.2f, 1.5f, 1f, 1f, 1.1f, 1.9f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : t.texts(
                "adjustments.type",
                "adjustments.subject",
                "adjustments.correctsLine",
                "adjustments.oldAmount",
                "adjustments.newAmount",
                "adjustments.amount",
                "adjustments.cause")) {
            cell(table, h, smallBold);
        }
        for (ApplicationReport.Adjustment j : a.items()) {
            cell(table, t.adjustmentType(j.type()), small);
            cell(table, j.subject(), small);
            cell(table, t.format("adjustments.correctsLine.pattern", j.correctsApplicationId(), j.lineNo()), small);
            right(table, ExportTexts.money(j.oldAmount()), small);
            right(table, ExportTexts.money(j.newAmount()), small);
            right(table, ExportTexts.money(j.amount()), small);
            cell(table, t.cause(j.cause()), small);
        }
        String[] labels = {
            "adjustments.linesTotal", "adjustments.adjustmentsTotal", "adjustments.total", "adjustments.carriedOver"
        };
        BigDecimal[] values = {a.linesTotal(), a.adjustmentsTotal(), a.total(), a.recoveryCarriedOver()};
        for (int i = 0; i < labels.length; i++) {
            PdfPCell label = new PdfPCell(new Phrase(t.text(labels[i]), bold));
            label.setColspan(5);
            label.setPadding(3);
            table.addCell(label);
            PdfPCell value = new PdfPCell(new Phrase(ExportTexts.money(values[i]), bold));
            value.setHorizontalAlignment(Element.ALIGN_RIGHT);
            value.setPadding(3);
            table.addCell(value);
            cell(table, "", small);
        }
        doc.add(table);
    }

    private static void right(PdfPTable table, String value, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(value == null ? "" : value, font));
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        c.setPadding(3);
        table.addCell(c);
    }

    /** A section's heading, apart from what comes before and close to its table. */
    private static Paragraph section(String title, Font font) {
        Paragraph p = new Paragraph(title, font);
        p.setSpacingBefore(14);
        p.setSpacingAfter(5);
        return p;
    }

    private static void cell(PdfPTable table, String value, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(value == null ? "" : value, font));
        c.setPadding(font.getSize() < TEXT_SIZE ? 3 : INFO_PADDING);
        table.addCell(c);
    }

    /** The header (title and application number), the footer (page n of N) and a draft's watermark, on every page. */
    private static final class Decorations extends PdfPageEventHelper {
        private final ExportTexts t;
        private final ApplicationReport r;
        private final BaseFont base;
        private final int pageCount;

        Decorations(ExportTexts t, ApplicationReport r, BaseFont base, int pageCount) {
            this.t = t;
            this.r = r;
            this.base = base;
            this.pageCount = pageCount;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            PdfContentByte over = writer.getDirectContent();
            Font header = new Font(base, 8.5f, Font.NORMAL, GREY);
            float top = page.getTop() - 30;
            ColumnText.showTextAligned(
                    over, Element.ALIGN_LEFT, new Phrase(t.text("pdf.heading"), header), document.left(), top, 0);
            ColumnText.showTextAligned(
                    over,
                    Element.ALIGN_RIGHT,
                    new Phrase(t.format("pdf.header.pattern", r.applicationId(), r.revision()), header),
                    document.right(),
                    top,
                    0);
            over.setColorStroke(GREY);
            over.setLineWidth(0.5f);
            over.moveTo(document.left(), top - 4);
            over.lineTo(document.right(), top - 4);
            over.stroke();
            if (r.printedAt() != null) {
                ColumnText.showTextAligned(
                        over,
                        Element.ALIGN_LEFT,
                        new Phrase(t.format("printed.pattern", r.printedAt()), header),
                        document.left(),
                        page.getBottom() + 25,
                        0);
            }
            int n = writer.getPageNumber();
            ColumnText.showTextAligned(
                    over,
                    Element.ALIGN_CENTER,
                    new Phrase(t.format("pdf.page.pattern", n, Math.max(pageCount, n)), header),
                    (document.left() + document.right()) / 2,
                    page.getBottom() + 25,
                    0);
            if (r.state() == ApplicationState.DRAFT || r.state() == ApplicationState.WITHDRAWN) {
                over.saveState();
                PdfGState faint = new PdfGState();
                faint.setFillOpacity(0.12f);
                faint.setStrokeOpacity(0.12f);
                over.setGState(faint);
                ColumnText.showTextAligned(
                        over,
                        Element.ALIGN_CENTER,
                        new Phrase(
                                t.text(
                                        r.state() == ApplicationState.DRAFT
                                                ? "pdf.watermark.draft"
                                                : "pdf.watermark.withdrawn"),
                                new Font(base, 110, Font.NORMAL, Color.RED)),
                        page.getWidth() / 2,
                        page.getHeight() / 2,
                        45);
                over.restoreState();
            }
        }
    }

    /** Counts the pages of the first pass. */
    private static final class PdfReaderPages {
        int count(byte[] pdf) {
            try {
                PdfReader reader = new PdfReader(pdf);
                try {
                    return reader.getNumberOfPages();
                } finally {
                    reader.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** For tests: the width of a text in the sheet's font at the text size, in points. */
    static float widthOf(String s, float size) {
        return font().getWidthPoint(s, size);
    }

    static List<Float> infoLabelColumnWidths() {
        float sum = 0;
        for (float w : INFO_WIDTHS) {
            sum += w;
        }
        float usable = PAGE_WIDTH - 2 * MARGIN;
        return List.of(
                usable * INFO_WIDTHS[0] / sum - 2 * INFO_PADDING, usable * INFO_WIDTHS[2] / sum - 2 * INFO_PADDING);
    }
}
