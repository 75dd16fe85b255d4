package com.jialicare.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds .xlsx files of residents as a care home would type them. */
public final class Workbooks {

    public static final List<String> HEADER = List.of("姓名", "身份证号码", "户籍地代码", "特困供养", "能力等级", "评估日期");

    private Workbooks() {
    }

    /** One row per resident, each a list of cell texts in the order of {@link #HEADER}. */
    public static byte[] residents(List<List<String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("老人");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i));
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code n} residents (all different, all valid) written by POI's streaming writer with shared strings,
     * as Excel writes them: 250,000 rows make a file of about 5 MB.
     */
    public static byte[] manyResidents(int n) {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("老人");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            for (int r = 1; r <= n; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("批量" + r);
                row.createCell(1).setCellValue(TestData.idNumber(LocalDate.of(1930, 1, 1).plusDays(r % 20_000), r % 2 == 0));
                row.createCell(2).setCellValue("511102");
                row.createCell(3).setCellValue("否");
                row.createCell(4).setCellValue(String.valueOf(r % 5));
                row.createCell(5).setCellValue("2024-03-01");
            }
            wb.write(out);
            wb.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    /**
     * A zip bomb built by hand: a valid .xlsx of a few hundred KB whose sheet, after the header row, holds
     * {@code megabytes} MB of empty rows when unpacked.
     */
    public static byte[] zipBomb(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
            String rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            entry(zip, "[Content_Types].xml", xml
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", xml + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rels + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", xml + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"" + rels + "\"><sheets><sheet name=\"老人\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", xml
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rels + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            StringBuilder header = new StringBuilder(xml)
                    .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
            for (int i = 0; i < HEADER.size(); i++) {
                header.append("<c r=\"").append((char) ('A' + i)).append("1\" t=\"inlineStr\"><is><t>").append(HEADER.get(i))
                        .append("</t></is></c>");
            }
            zip.write(header.append("</row>").toString().getBytes(StandardCharsets.UTF_8));
            byte[] block = "<row/>".repeat((1 << 20) / 6).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < (long) megabytes << 20; written += block.length) {
                zip.write(block);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
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
