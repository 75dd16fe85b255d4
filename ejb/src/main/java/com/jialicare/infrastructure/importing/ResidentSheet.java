package com.jialicare.infrastructure.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an .xlsx file of residents: a header row naming the columns (in Chinese or
 * English, in any order) and one resident per row. Everything comes back as text exactly as a person
 * typed it (dates typed as dates become YYYY-MM-DD; ID numbers typed as numbers lose nothing), so the
 * registry's own checks decide what is valid. Empty rows are skipped.
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

    /** The rows, or why the file itself could not be read. */
    public record Result(List<RawRow> rows, String fileError) {
    }

    public static final int MAX_ROWS = 50_000;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    public Result read(byte[] xlsx) {
        if (xlsx == null || xlsx.length == 0) {
            return new Result(List.of(), "The file is empty");
        }
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return new Result(List.of(), "The first sheet has no header row");
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Map<Integer, Column> columns = new HashMap<>();
            for (Cell cell : header) {
                Column c = Column.of(formatter.formatCellValue(cell));
                if (c != null) {
                    columns.put(cell.getColumnIndex(), c);
                }
            }
            for (Column required : Column.values()) {
                if (!columns.containsValue(required)) {
                    return new Result(List.of(), "Missing column " + required.headers[0] + " (" + required.headers[1] + ")");
                }
            }
            List<RawRow> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<Column, String> values = new HashMap<>();
                for (Map.Entry<Integer, Column> e : columns.entrySet()) {
                    String text = text(row.getCell(e.getKey()), formatter);
                    if (text != null && !text.isBlank()) {
                        values.put(e.getValue(), text.strip());
                    }
                }
                if (!values.isEmpty()) {
                    if (rows.size() >= MAX_ROWS) {
                        return new Result(List.of(), "More than " + MAX_ROWS + " rows: split the file");
                    }
                    rows.add(new RawRow(r + 1, values));
                }
            }
            return new Result(rows, null);
        } catch (IOException | RuntimeException e) {
            return new Result(List.of(), "Not a readable .xlsx workbook");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().format(ISO);
            }
            double d = cell.getNumericCellValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e18) {
                // an 18-digit ID typed as a number has already lost digits in Excel; its check then fails, as it should
                return new java.math.BigDecimal(d).toPlainString();
            }
        }
        if (type == CellType.BOOLEAN) {
            return String.valueOf(cell.getBooleanCellValue());
        }
        return formatter.formatCellValue(cell);
    }
}
