package com.jialicare.infrastructure.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The layout of a list of deaths and hukou moves reported from outside (docs/RULES.md §8.5): 身份证号码, 日期,
 * 类别 (死亡 | 户籍迁出), 来源编号, or their English names, in any order. Read by the shared streaming
 * {@link SheetReader} (the same bounds as the residents' import); {@link #template()} writes the file auditors
 * fill in.
 */
public final class RegistryEventSheet {

    /** The columns, each with the header words it is recognised by (the first is the template's). */
    public enum Column {
        ID_NUMBER("身份证号码", "id number", "身份证号", "idnumber"),
        DATE("日期", "date"),
        KIND("类别", "kind"),
        SOURCE_REF("来源编号", "source reference", "sourceref", "reference");

        private final String[] headers;

        Column(String... headers) {
            this.headers = headers;
        }

        /** The header a template uses. */
        public String header() {
            return headers[0];
        }
    }

    /** The sheet's name in the template. */
    public static final String SHEET_NAME = "名单";

    private static final SheetReader READER =
            new SheetReader(Arrays.stream(Column.values()).map(c -> c.headers).toList());

    private RegistryEventSheet() {}

    /** The rows of a list, or why the file was refused (see {@link SheetReader}); get a cell by column. */
    public static SheetReader.Result read(InputStream xlsx) {
        return READER.read(xlsx);
    }

    /** The text of a row's cell in that column, or null. */
    public static String get(SheetReader.RawRow row, Column c) {
        return row.get(c.ordinal());
    }

    /** The header row's texts, in column order. */
    public static List<String> header() {
        return Arrays.stream(Column.values()).map(Column::header).toList();
    }

    /** The rows (each a list of cell texts in the order of {@link #header()}) as an .xlsx list. */
    public static byte[] xlsx(List<? extends List<String>> rows) {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET_NAME);
            row(sheet, 0, header());
            int r = 1;
            for (List<String> values : rows) {
                row(sheet, r++, values);
            }
            for (int i = 0; i < Column.values().length; i++) {
                sheet.setColumnWidth(i, i == 0 ? 24 * 256 : 16 * 256);
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

    /** The template: the header and one example row (a made-up ID number, to be replaced). */
    public static byte[] template() {
        return xlsx(List.of(List.of("511102194501011232", "2025-03-01", "死亡", "殡葬-2025-0001")));
    }

    private static void row(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                row.createCell(i).setCellValue(values.get(i));
            }
        }
    }
}
