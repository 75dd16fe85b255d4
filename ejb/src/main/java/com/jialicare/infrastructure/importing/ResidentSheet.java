package com.jialicare.infrastructure.importing;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the first sheet of an .xlsx file of residents: a header row naming the columns (in Chinese or
 * English, in any order) and one resident per row. Everything comes back as text exactly as a person
 * typed it (dates typed as dates become YYYY-MM-DD; ID numbers typed as numbers lose nothing), so the
 * registry's own checks decide what is valid. Empty rows are skipped.
 *
 * <p>Read by the shared {@link SheetReader}. The sheet is <b>streamed</b> (POI's event API: the sheet's XML is read as SAX events, one row at a
 * time), never loaded as a workbook, and everything a hostile file could inflate is bounded before it
 * costs memory: the file itself ({@link #MAX_FILE_BYTES}, copied to a temporary file so the zip is read
 * entry by entry from disk), the uncompressed bytes of each part read ({@link #MAX_SHEET_BYTES} for the
 * sheet, {@link #MAX_STRINGS_BYTES} for the shared strings, {@link #MAX_OTHER_BYTES} for the rest), the
 * text of one cell (Excel's own limit), and the number of residents ({@link #MAX_ROWS}: reading stops at
 * the first row beyond it).
 */
public final class ResidentSheet {

    /** The columns, each with the header words it is recognised by. */
    public enum Column {
        NAME("姓名", "name"),
        ID_NUMBER("身份证号码", "身份证号", "idnumber", "id number"),
        HUKOU("户籍地代码", "户籍", "hukoucode", "hukou"),
        STATE_SUPPORTED("特困供养", "statesupported", "state supported"),
        CARE_LEVEL("能力等级", "carelevel", "level"),
        ASSESSED_ON("评估日期", "assessedon", "assessed on");

        private final String[] headers;

        Column(String... headers) {
            this.headers = headers;
        }

        /** The header a file written for the import uses ({@link ResidentSheetWriter}). */
        public String header() {
            return headers[0];
        }

        static Column of(String header) {
            String h = header.strip().toLowerCase(Locale.ROOT);
            for (Column c : values()) {
                for (String name : c.headers) {
                    if (h.equals(name.toLowerCase(Locale.ROOT))) {
                        return c;
                    }
                }
            }
            return null;
        }
    }

    /** One row as typed; {@code row} is the number a person sees in Excel (the header is row 1). */
    public record RawRow(int row, Map<Column, String> values) {

        public String get(Column c) {
            return values.get(c);
        }
    }

    /**
     * The rows, or why the file itself could not be read: {@code fileCode} is one of {@link #UNREADABLE},
     * {@link #TOO_MANY_ROWS}, {@link #FILE_TOO_LARGE} or {@link #CONTENT_TOO_LARGE}, with {@code args} for
     * the message.
     */
    public record Result(
            List<RawRow> rows,
            String fileCode,
            String fileError,
            List<Object> args,
            String reason,
            List<Object> reasonArgs,
            List<String> headers) {

        /** The header of that column as the file wrote it (else the template's). */
        public String header(Column c) {
            String h = c.ordinal() < headers.size() ? headers.get(c.ordinal()) : null;
            return h == null || h.isBlank() ? c.header() : h;
        }
    }

    public static final String UNREADABLE = SheetReader.UNREADABLE;
    public static final String TOO_MANY_ROWS = SheetReader.TOO_MANY_ROWS;
    public static final String FILE_TOO_LARGE = SheetReader.FILE_TOO_LARGE;
    public static final String CONTENT_TOO_LARGE = SheetReader.CONTENT_TOO_LARGE;

    /** Residents in one file: twice the 10,000 the system is designed and measured for. */
    public static final int MAX_ROWS = SheetReader.MAX_ROWS;

    /** The .xlsx file as sent (compressed): 20,000 rows take about 1 MB. */
    public static final long MAX_FILE_BYTES = SheetReader.MAX_FILE_BYTES;

    /** The first sheet's XML, uncompressed (streamed, so this bounds time, not memory). */
    public static final long MAX_SHEET_BYTES = SheetReader.MAX_SHEET_BYTES;

    /** The shared strings' XML, uncompressed (held in memory while the sheet is read). */
    public static final long MAX_STRINGS_BYTES = SheetReader.MAX_STRINGS_BYTES;

    /** Any other part read (workbook, styles, relationships), uncompressed. */
    public static final long MAX_OTHER_BYTES = SheetReader.MAX_OTHER_BYTES;

    /** The text of one cell: Excel's own limit. */
    public static final int MAX_CELL_CHARS = SheetReader.MAX_CELL_CHARS;

    private static final SheetReader READER = new SheetReader(
            java.util.Arrays.stream(Column.values()).map(c -> c.headers).toList());

    public Result read(byte[] xlsx) {
        return of(READER.read(xlsx));
    }

    /** Reads at most {@link #MAX_FILE_BYTES} of {@code xlsx} (the caller closes it). */
    public Result read(InputStream xlsx) {
        return of(READER.read(xlsx));
    }

    public static Result tooLargeFile() {
        return of(SheetReader.tooLargeFile());
    }

    private static Result of(SheetReader.Result r) {
        Column[] columns = Column.values();
        List<RawRow> rows = r.rows().stream()
                .map(raw -> {
                    Map<Column, String> values = new EnumMap<>(Column.class);
                    raw.values().forEach((i, v) -> values.put(columns[i], v));
                    return new RawRow(raw.row(), values);
                })
                .toList();
        return new Result(rows, r.fileCode(), r.fileError(), r.args(), r.reason(), r.reasonArgs(), r.headers());
    }
}
