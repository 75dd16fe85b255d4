package com.jialicare.bench;

import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.infrastructure.importing.ResidentSheetWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A care home's Excel file of new residents in the import's layout (姓名, 身份证号码, 户籍地代码, 特困供养, 能力等级,
 * 评估日期), with some rows made wrong the way people get them wrong. The ID numbers use a region code the
 * generator never uses (110101), so none is registered yet.
 */
final class ResidentWorkbook {

    static final List<String> HEADER = ResidentSheetWriter.header();

    /** The rows as typed, and for each wrong row (Excel's row number) the error code it must be reported with. */
    final List<List<String>> rows = new ArrayList<>();

    final Map<Integer, String> wrong = new LinkedHashMap<>();
    /** The rows as they should have been typed. */
    private final List<List<String>> right = new ArrayList<>();

    /**
     * @param registered ID numbers already registered in the city, one for each row of that mistake (a second
     *                   row with the same number would rightly be reported as a duplicate in the file)
     */
    ResidentWorkbook(int count, int wrongRows, LocalDate today, long seed, List<String> registered) {
        this(count, wrongRows, today, seed, registered, "110101");
    }

    /** @param region the ID numbers' region code (six digits), so two files never share a number */
    ResidentWorkbook(int count, int wrongRows, LocalDate today, long seed, List<String> registered, String region) {
        Random r = new Random(seed);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            boolean female = r.nextBoolean();
            LocalDate birth = today.minusYears(62 + r.nextInt(30)).minusDays(r.nextInt(365));
            String first17;
            do {
                first17 = region
                        + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                        + String.format("%02d", r.nextInt(100))
                        + (2 * r.nextInt(5) + (female ? 0 : 1));
            } while (!ids.add(first17));
            rows.add(new ArrayList<>(List.of(
                    (female ? "王秀" : "李建") + (char) ('一' + r.nextInt(200)),
                    first17 + IdNumber.checkCharacter(first17),
                    "5111" + String.format("%02d", 2 + r.nextInt(11)),
                    r.nextInt(40) == 0 ? "是" : "否",
                    String.valueOf(r.nextInt(5)),
                    today.minusDays(1 + r.nextInt(700)).toString())));
        }
        for (List<String> row : rows) {
            right.add(List.copyOf(row));
        }
        // spread the wrong rows over the file; each kind of mistake in turn
        for (int k = 0; k < wrongRows; k++) {
            int index = (int) ((long) (k + 1) * count / (wrongRows + 1));
            List<String> row = rows.get(index);
            int excelRow = index + 2; // the header is row 1
            switch (k % 6) {
                case 0 -> { // one digit mistyped: the check character no longer fits
                    String id = row.get(1); // a digit of the order code, so the birth date stays real
                    char d = id.charAt(15);
                    row.set(1, id.substring(0, 15) + (char) ('0' + (d - '0' + 1) % 10) + id.substring(16));
                    if (IdNumber.checkCharacter(row.get(1).substring(0, 17))
                            == row.get(1).charAt(17)) {
                        row.set(1, row.get(1).substring(0, 17) + (row.get(1).charAt(17) == '0' ? '1' : '0'));
                    }
                    wrong.put(excelRow, "ID_NUMBER_CHECK");
                }
                case 1 -> {
                    row.set(5, today.getYear() - 1 + "-02-30");
                    wrong.put(excelRow, "INVALID_DATE");
                }
                case 2 -> {
                    row.set(4, "7");
                    wrong.put(excelRow, "INVALID_CARE_LEVEL");
                }
                case 3 -> {
                    row.set(3, "待定");
                    wrong.put(excelRow, "INVALID_BOOLEAN");
                }
                case 4 -> {
                    row.set(1, rows.get(index - 1).get(1)); // typed twice
                    wrong.put(excelRow, "DUPLICATE_IN_FILE");
                }
                default -> {
                    row.set(1, registered.get(k / 6));
                    wrong.put(excelRow, "RESIDENT_ALREADY_REGISTERED");
                }
            }
        }
    }

    /** The same file with every wrong row put right, as sent the second time. */
    ResidentWorkbook corrected() {
        ResidentWorkbook c = new ResidentWorkbook(0, 0, LocalDate.now(), 0, List.of());
        right.forEach(row -> c.rows.add(new ArrayList<>(row)));
        return c;
    }

    /** The file, written by the application's own writer of the import's layout. */
    byte[] xlsx() {
        return ResidentSheetWriter.xlsx(rows);
    }
}
