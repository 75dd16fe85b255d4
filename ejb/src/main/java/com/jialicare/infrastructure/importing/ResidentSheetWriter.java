package com.jialicare.infrastructure.importing;

import com.jialicare.infrastructure.importing.ResidentSheet.Column;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes residents in the layout {@link ResidentSheet} reads (one header row with each {@link Column}'s first
 * name, then one row per resident, every cell as text), streaming: a few hundred rows are held in memory
 * whatever the count. The one writer of that layout: the integration tests and the benchmark write their files
 * with it, and it is the template a care home can fill in.
 */
public final class ResidentSheetWriter {

    /** The sheet's name in the files written. */
    public static final String SHEET_NAME = "老人";

    private ResidentSheetWriter() {}

    /** The header row's texts, in column order. */
    public static List<String> header() {
        return java.util.Arrays.stream(Column.values()).map(Column::header).toList();
    }

    /** The rows (each a list of cell texts in the order of {@link #header()}) as an .xlsx file. */
    public static byte[] xlsx(Iterable<? extends List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(rows.iterator(), out);
        return out.toByteArray();
    }

    /**
     * Writes the rows as an .xlsx file, with shared strings as Excel writes them (so large files are as small as
     * Excel's), without keeping more than a window of rows in memory.
     */
    public static void write(Iterator<? extends List<String>> rows, OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true);
        try {
            Sheet sheet = wb.createSheet(SHEET_NAME);
            row(sheet, 0, header());
            int r = 1;
            while (rows.hasNext()) {
                row(sheet, r++, rows.next());
            }
            wb.write(out);
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    /** The example row of {@link #template()}: a made-up person (a valid ID number of nobody), to be replaced. */
    public static final List<String> EXAMPLE = List.of("王秀英", "511102194501011232", "511102", "否", "2", "2024-03-01");

    /** The template a care home fills in: the header row and {@link #EXAMPLE}. */
    public static byte[] template() {
        return xlsx(List.of(EXAMPLE));
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
