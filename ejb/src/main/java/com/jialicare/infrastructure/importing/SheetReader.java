package com.jialicare.infrastructure.importing;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an uploaded .xlsx list: a header row naming the columns (by any of each column's
 * header words, in any order) and one record per row. Everything comes back as text exactly as a person typed it
 * (dates typed as dates become YYYY-MM-DD; ID numbers typed as numbers lose nothing), so the importing service's
 * own checks decide what is valid. Empty rows are skipped. Shared by every import (residents:
 * {@link ResidentSheet}; deaths and moves reported from outside: {@link RegistryEventSheet}).
 *
 * <p>The sheet is <b>streamed</b> (POI's event API: the sheet's XML is read as SAX events, one row at a
 * time), never loaded as a workbook, and everything a hostile file could inflate is bounded before it
 * costs memory: the file itself ({@link #MAX_FILE_BYTES}, copied to a temporary file so the zip is read
 * entry by entry from disk), the uncompressed bytes of each part read ({@link #MAX_SHEET_BYTES} for the
 * sheet, {@link #MAX_STRINGS_BYTES} for the shared strings, {@link #MAX_OTHER_BYTES} for the rest), the
 * text of one cell (Excel's own limit), and the number of records ({@link #MAX_ROWS}: reading stops at
 * the first row beyond it).
 */
public final class SheetReader {

    /**
     * The columns a list has: each a list of the header words it is recognised by (the first is the one written
     * in templates, the second the English name used in messages).
     */
    private final List<String[]> columns;

    /** A reader of lists with these columns, every one of them required in the header row. */
    public SheetReader(List<String[]> columns) {
        this.columns = List.copyOf(columns);
    }

    /** One row as typed; {@code row} is the number a person sees in Excel (the header is row 1). */
    public record RawRow(int row, Map<Integer, String> values) {

        /** The text of the column of that index (in the order given to the reader), or null. */
        public String get(int column) {
            return values.get(column);
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

        /**
         * {@code reason} says more precisely why the file was refused ({@link #MISSING_COLUMN}, {@link #EMPTY_FILE},
         * {@link #NO_HEADER}, {@link #NO_ROWS}) with {@code reasonArgs}, or is null; {@code headers} are the header
         * row's texts as the person wrote them, in the order of the reader's columns (null for a column not found).
         */
        public Result {
            rows = List.copyOf(rows);
            args = List.copyOf(args);
            reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
            headers = headers == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(headers));
        }

        public Result(List<RawRow> rows, String fileCode, String fileError, List<Object> args) {
            this(rows, fileCode, fileError, args, null, List.of(), List.of());
        }

        static Result error(String code, String message, Object... args) {
            return new Result(List.of(), code, message, List.of(args));
        }

        static Result refused(String reason, List<Object> reasonArgs, String message) {
            return new Result(List.of(), UNREADABLE, message, List.of(), reason, reasonArgs, List.of());
        }

        /** The header of that column as the file wrote it; else {@code fallback}. */
        public String header(int column, String fallback) {
            String h = column < headers.size() ? headers.get(column) : null;
            return h == null || h.isBlank() ? fallback : h.strip();
        }
    }

    /** Reason (with {@link #UNREADABLE}): the header row lacks columns; the argument lists them. */
    public static final String MISSING_COLUMN = "IMPORT_MISSING_COLUMN";

    /** Reason (with {@link #UNREADABLE}): the file is empty. */
    public static final String EMPTY_FILE = "IMPORT_EMPTY_FILE";

    /** Reason (with {@link #UNREADABLE}): the workbook has no sheet, or its first sheet no header row. */
    public static final String NO_HEADER = "IMPORT_NO_HEADER";

    /** Reason (with {@link #UNREADABLE}): nothing below the header row (set by the importing services). */
    public static final String NO_ROWS = "IMPORT_NO_ROWS";

    public static final String UNREADABLE = "IMPORT_FILE_UNREADABLE";
    public static final String TOO_MANY_ROWS = "IMPORT_TOO_MANY_ROWS";
    public static final String FILE_TOO_LARGE = "IMPORT_FILE_TOO_LARGE";
    public static final String CONTENT_TOO_LARGE = "IMPORT_CONTENT_TOO_LARGE";

    /** Records in one file: twice the 10,000 the system is designed and measured for. */
    public static final int MAX_ROWS = 20_000;

    /** The .xlsx file as sent (compressed): 20,000 rows take about 1 MB. */
    public static final long MAX_FILE_BYTES = 10_000_000;

    /** The first sheet's XML, uncompressed (streamed, so this bounds time, not memory). */
    public static final long MAX_SHEET_BYTES = 64L << 20;

    /** The shared strings' XML, uncompressed (held in memory while the sheet is read). */
    public static final long MAX_STRINGS_BYTES = 16L << 20;

    /** Any other part read (workbook, styles, relationships), uncompressed. */
    public static final long MAX_OTHER_BYTES = 4L << 20;

    /** The text of one cell: Excel's own limit. */
    public static final int MAX_CELL_CHARS = 32_767;

    static {
        // POI's own guard for the parts it reads itself (content types, relationships): never more than a sheet
        if (ZipSecureFile.getMaxEntrySize() > MAX_SHEET_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_SHEET_BYTES);
        }
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    public Result read(byte[] xlsx) {
        if (xlsx == null || xlsx.length == 0) {
            return Result.refused(EMPTY_FILE, List.of(), "The file is empty");
        }
        return read(new ByteArrayInputStream(xlsx));
    }

    /** Reads at most {@link #MAX_FILE_BYTES} of {@code xlsx} (the caller closes it). */
    public Result read(InputStream xlsx) {
        Path file = null;
        try {
            file = Files.createTempFile("jiali-import-", ".xlsx");
            long size;
            try (OutputStream out = Files.newOutputStream(file)) {
                size = copy(xlsx, out, MAX_FILE_BYTES);
            }
            if (size > MAX_FILE_BYTES) {
                return tooLargeFile();
            }
            if (size == 0) {
                return Result.refused(EMPTY_FILE, List.of(), "The file is empty");
            }
            return readFile(file);
        } catch (IOException e) {
            return Result.error(UNREADABLE, "Not a readable .xlsx workbook");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // the server's temporary directory is cleaned on restart
                }
            }
        }
    }

    public static Result tooLargeFile() {
        return Result.error(
                FILE_TOO_LARGE,
                "The file is larger than " + MAX_FILE_BYTES / 1_000_000 + " MB: split it",
                MAX_FILE_BYTES / 1_000_000);
    }

    /** Copies at most {@code limit + 1} bytes; answers how many were copied. */
    private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[16384];
        long total = 0;
        int n;
        while (total <= limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) >= 0) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }

    private Result readFile(Path file) {
        List<Limited> opened = new ArrayList<>();
        // the zip read through its central directory, entry by entry from disk: POI's own way of opening a
        // file would fall back to reading a damaged zip as a stream, entirely into memory
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            OPCPackage pkg = OPCPackage.open(new ZipFileZipEntrySource(zip));
            try {
                return readPackage(pkg, opened);
            } finally {
                pkg.revert(); // read only: closed without saving
            }
        } catch (Stop stop) {
            return stop.result;
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Stop stop) {
                    return stop.result;
                }
            }
            if (opened.stream().anyMatch(l -> l.exceeded) || zipBomb(e)) {
                return Result.error(
                        CONTENT_TOO_LARGE,
                        "The workbook's content is too large when unpacked: it is not an ordinary list");
            }
            return Result.error(UNREADABLE, "Not a readable .xlsx workbook");
        }
    }

    private Result readPackage(OPCPackage pkg, List<Limited> opened) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        boolean date1904 = date1904(limited(reader.getWorkbookData(), MAX_OTHER_BYTES, opened));
        StylesTable styles;
        List<PackagePart> styleParts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (styleParts.isEmpty()) {
            styles = new StylesTable();
        } else {
            try (InputStream in = limited(styleParts.get(0).getInputStream(), MAX_OTHER_BYTES, opened)) {
                styles = new StylesTable(in);
            }
        }
        SharedStrings strings;
        List<PackagePart> stringParts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (stringParts.isEmpty()) {
            strings = new ReadOnlySharedStringsTable(new ByteArrayInputStream(new byte[0]));
        } else {
            try (InputStream in = limited(stringParts.get(0).getInputStream(), MAX_STRINGS_BYTES, opened)) {
                strings = new ReadOnlySharedStringsTable(in);
            }
        }
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return Result.refused(NO_HEADER, List.of(), "The workbook has no sheet");
        }
        Rows rows = new Rows(columns);
        try (InputStream sheet = limited(sheets.next(), MAX_SHEET_BYTES, opened)) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new BoundedSheetHandler(styles, strings, rows, new Formatter(date1904)));
            xml.parse(new InputSource(sheet));
        } catch (Stop stop) {
            return stop.result;
        }
        return rows.result();
    }

    /** POI's own guard (inflation ratio, entry size) said no: the same answer as ours. */
    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("zip bomb"))) {
                return true;
            }
        }
        return false;
    }

    private static Limited limited(InputStream in, long limit, List<Limited> opened) {
        Limited l = new Limited(in, limit);
        opened.add(l);
        return l;
    }

    /** The workbook's date system (1900 or 1904), from workbook.xml's {@code workbookPr}. */
    private static boolean date1904(InputStream workbook)
            throws IOException, SAXException, ParserConfigurationException {
        boolean[] found = {false};
        try (workbook) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String v = attributes.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                }
            });
            xml.parse(new InputSource(workbook));
        }
        return found[0];
    }

    /** Stops reading the sheet with an answer (not an error of the file's XML). */
    private static final class Stop extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Result result;

        Stop(Result result) {
            super(result.fileError(), null, false, false);
            this.result = result;
        }
    }

    /** An input stream that refuses to give more than {@code limit} bytes, and remembers that it did. */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long count;
        private boolean exceeded;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        private void counted(long n) throws IOException {
            if (n > 0) {
                count += n;
                if (count > limit) {
                    exceeded = true;
                    throw new IOException("More than " + limit + " bytes unpacked");
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            counted(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            counted(s);
            return s;
        }
    }

    /** POI's sheet handler, refusing a cell whose text is longer than Excel allows. */
    private static final class BoundedSheetHandler extends XSSFSheetXMLHandler {

        private int cellChars;

        BoundedSheetHandler(StylesTable styles, SharedStrings strings, SheetContentsHandler rows, DataFormatter f) {
            super(styles, strings, rows, f, false);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName) || "row".equals(localName)) {
                cellChars = 0;
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            cellChars += length;
            if (cellChars > MAX_CELL_CHARS) {
                throw new Stop(Result.error(
                        CONTENT_TOO_LARGE,
                        "A cell holds more than " + MAX_CELL_CHARS + " characters, more than Excel allows",
                        MAX_CELL_CHARS));
            }
            super.characters(ch, start, length);
        }
    }

    /**
     * Numbers as the registry expects them: a number in a date format is the date as YYYY-MM-DD, a whole
     * number is written out in full (an ID number typed as a number loses no digits to "E+17").
     */
    private static final class Formatter extends DataFormatter {

        private final boolean date1904;

        Formatter(boolean date1904) {
            super(Locale.ROOT);
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double d, int formatIndex, String formatString) {
            return formatRawCellContents(d, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double d, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(d)) {
                return DateUtil.getLocalDateTime(d, date1904 || use1904)
                        .toLocalDate()
                        .format(ISO);
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e18) {
                // an 18-digit ID typed as a number has already lost digits in Excel; its check then fails, as it should
                return new BigDecimal(d).toPlainString();
            }
            return super.formatRawCellContents(d, formatIndex, formatString, use1904);
        }
    }

    /** Collects the rows: the first row is the header; at most {@link #MAX_ROWS} records. */
    private static final class Rows implements SheetContentsHandler {

        private final List<String[]> spec;
        private Map<Integer, Integer> columnOfCell;
        private final Map<Integer, String> headerTexts = new HashMap<>();
        private final List<RawRow> rows = new ArrayList<>();
        private final List<String> headers = new ArrayList<>();
        private Map<Integer, String> values;
        private boolean sawHeader;

        Rows(List<String[]> spec) {
            this.spec = spec;
        }

        /** The index of the column a header names, or -1. */
        private int column(String header) {
            String h = header.strip().toLowerCase(Locale.ROOT);
            for (int i = 0; i < spec.size(); i++) {
                for (String name : spec.get(i)) {
                    if (h.equals(name.toLowerCase(Locale.ROOT))) {
                        return i;
                    }
                }
            }
            return -1;
        }

        @Override
        public void startRow(int rowNum) {
            values = new HashMap<>();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (cellReference == null || formattedValue == null) {
                return;
            }
            int col = new CellReference(cellReference).getCol();
            if (columnOfCell == null) {
                headerTexts.put(col, formattedValue);
                return;
            }
            Integer c = columnOfCell.get(col);
            if (c != null && !formattedValue.isBlank()) {
                values.put(c, formattedValue.strip());
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (columnOfCell == null) {
                sawHeader = true;
                columnOfCell = new HashMap<>();
                headerTexts.forEach((col, text) -> {
                    int c = column(text);
                    if (c >= 0) {
                        columnOfCell.put(col, c);
                    }
                });
                List<String> missing = new ArrayList<>();
                List<String> message = new ArrayList<>();
                for (int required = 0; required < spec.size(); required++) {
                    if (!columnOfCell.containsValue(required)) {
                        String[] names = spec.get(required);
                        missing.add(names[0]);
                        message.add(names[0] + " (" + names[Math.min(1, names.length - 1)] + ")");
                    }
                }
                if (!missing.isEmpty()) {
                    // every missing column at once, each by the header the template writes
                    throw new Stop(Result.refused(
                            MISSING_COLUMN,
                            List.of(String.join(", ", missing), missing.size()),
                            "Missing column " + String.join(", ", message)));
                }
                columnOfCell.forEach((col, c) -> {
                    while (headers.size() <= c) {
                        headers.add(null);
                    }
                    if (headers.get(c) == null) {
                        headers.set(c, headerTexts.get(col).strip());
                    }
                });
                return;
            }
            if (!values.isEmpty()) {
                if (rows.size() >= MAX_ROWS) {
                    throw new Stop(
                            Result.error(TOO_MANY_ROWS, "More than " + MAX_ROWS + " rows: split the file", MAX_ROWS));
                }
                rows.add(new RawRow(rowNum + 1, values));
            }
        }

        Result result() {
            if (!sawHeader) {
                return Result.refused(NO_HEADER, List.of(), "The first sheet has no header row");
            }
            return new Result(rows, null, null, List.of(), null, List.of(), headers);
        }
    }
}
