package com.jialicare.interfaces.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as families and elders read them (issue #16 item 8): {@code 2025年2月18日} and {@code 18 February 2025},
 * months {@code 2025年2月} and {@code February 2025} — never {@code 2025-02-18}. The one formatter of the family
 * page, its plain-word sentences ({@link PlainWords}) and the family API's summary; the staff's pages keep
 * {@code yyyy-MM-dd}.
 */
public final class LongDates {

    private static final DateTimeFormatter DATE_ZH = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.CHINESE);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_ZH = DateTimeFormatter.ofPattern("uuuu年M月", Locale.CHINESE);
    private static final DateTimeFormatter MONTH_EN = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private LongDates() {}

    /** {@code 2025年2月18日} or {@code 18 February 2025}; empty for no date. */
    public static String date(LocalDate date, boolean zh) {
        return date == null ? "" : (zh ? DATE_ZH : DATE_EN).format(date);
    }

    /** {@code 2025年2月} or {@code February 2025}; empty for no month. */
    public static String month(YearMonth month, boolean zh) {
        return month == null ? "" : (zh ? MONTH_ZH : MONTH_EN).format(month);
    }

    /**
     * A range of months: one month alone, {@code 2025年1月至3月} within a year, {@code 2024年11月至2025年2月}
     * across years; in English {@code January – March 2025}, {@code November 2024 – February 2025}.
     */
    public static String months(YearMonth first, YearMonth last, boolean zh) {
        if (first == null || last == null || first.equals(last)) {
            return month(first == null ? last : first, zh);
        }
        if (first.getYear() == last.getYear()) {
            return zh
                    ? month(first, true) + "至" + last.getMonthValue() + "月"
                    : first.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " – "
                            + month(last, false);
        }
        return month(first, zh) + (zh ? "至" : " – ") + month(last, zh);
    }
}
