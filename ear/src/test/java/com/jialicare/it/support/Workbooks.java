package com.jialicare.it.support;

import com.jialicare.infrastructure.importing.HandMadeXlsx;
import com.jialicare.infrastructure.importing.ResidentSheetWriter;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Residents' .xlsx files as a care home would type them, written by the application's own writer of the
 * import's layout ({@link ResidentSheetWriter}, which the benchmark uses too), and an attacker's file built by
 * hand ({@link HandMadeXlsx}, shared with the import's unit tests).
 */
public final class Workbooks {

    public static final List<String> HEADER = ResidentSheetWriter.header();

    private Workbooks() {}

    /** One row per resident, each a list of cell texts in the order of {@link #HEADER}. */
    public static byte[] residents(List<List<String>> rows) {
        return ResidentSheetWriter.xlsx(rows);
    }

    /**
     * {@code n} residents (all different, all valid) written with shared strings, as Excel writes them: 250,000
     * rows make a file of about 5 MB. The rows are made as they are written, never all held at once.
     */
    public static byte[] manyResidents(int n) {
        Iterator<List<String>> rows = new Iterator<>() {
            private int r = 1;

            @Override
            public boolean hasNext() {
                return r <= n;
            }

            @Override
            public List<String> next() {
                if (r > n) {
                    throw new NoSuchElementException();
                }
                int i = r++;
                return List.of(
                        "批量" + i,
                        TestData.idNumber(LocalDate.of(1930, 1, 1).plusDays(i % 20_000), i % 2 == 0),
                        "511102",
                        "否",
                        String.valueOf(i % 5),
                        "2024-03-01");
            }
        };
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ResidentSheetWriter.write(rows, out);
        return out.toByteArray();
    }

    /**
     * A zip bomb built by hand: a valid .xlsx of a few hundred KB whose sheet, after the header row, holds
     * {@code megabytes} MB of empty rows when unpacked.
     */
    public static byte[] zipBomb(int megabytes) {
        return HandMadeXlsx.build(
                HandMadeXlsx.repeat(
                        HandMadeXlsx.SHEET_START + HandMadeXlsx.HEADER,
                        "<row/>",
                        ((long) megabytes << 20) / 6,
                        HandMadeXlsx.SHEET_END),
                null);
    }
}
