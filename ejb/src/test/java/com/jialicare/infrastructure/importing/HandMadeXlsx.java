package com.jialicare.infrastructure.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx file built by hand with java.util.zip, the way an attacker would: the few parts Excel needs and
 * a sheet (and shared strings) written as a stream, so a part can unpack to hundreds of MB from a tiny file.
 * Shared with the integration tests (the ejb module's test jar). Well-formed files are written by
 * {@link ResidentSheetWriter}.
 */
public final class HandMadeXlsx {

    /** Writes a part's XML. */
    public interface Part {
        void write(OutputStream out) throws IOException;
    }

    public static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    public static final String SHEET_END = "</sheetData></worksheet>";

    /** The header row of the import, as inline strings. */
    public static final String HEADER = "<row r=\"1\">" + inline("A1", "姓名") + inline("B1", "身份证号码")
            + inline("C1", "户籍地代码") + inline("D1", "特困供养") + inline("E1", "能力等级") + inline("F1", "评估日期") + "</row>";

    private HandMadeXlsx() {}

    public static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** Writes the same text {@code times} times. */
    public static Part repeat(String start, String repeated, long times, String end) {
        return out -> {
            out.write(start.getBytes(StandardCharsets.UTF_8));
            byte[] r = repeated.getBytes(StandardCharsets.UTF_8);
            if (r.length == 0) {
                out.write(end.getBytes(StandardCharsets.UTF_8));
                return;
            }
            int perBlock = Math.max(1, 65536 / r.length);
            byte[] block = repeated.repeat(perBlock).getBytes(StandardCharsets.UTF_8);
            long i = 0;
            for (; i + perBlock <= times; i += perBlock) {
                out.write(block);
            }
            for (; i < times; i++) {
                out.write(r);
            }
            out.write(end.getBytes(StandardCharsets.UTF_8));
        };
    }

    public static byte[] build(Part sheet, Part sharedStrings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                            + (sharedStrings == null
                                    ? ""
                                    : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                            + "</Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>");
            entry(
                    zip,
                    "xl/workbook.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            + "<sheets><sheet name=\"老人\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                            + (sharedStrings == null
                                    ? ""
                                    : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                            + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheet.write(zip);
            zip.closeEntry();
            if (sharedStrings != null) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                sharedStrings.write(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
