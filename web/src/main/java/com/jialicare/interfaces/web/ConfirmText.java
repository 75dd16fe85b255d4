package com.jialicare.interfaces.web;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a confirmation (issue #16 item 5): what the action acts on, written into a bundle pattern the way
 * the pages write values, so that the question names the person, the bed, the day and the amount exactly as the
 * screen shows them: days {@code 2025-02-18}, months {@code 2025-02}, money {@code ¥11,000.00} (a thousands
 * separator), names and codes as they are, record numbers without grouping. Separate from Faces so that it can be
 * tested; {@link Confirmation} asks it with the request's bundle.
 */
public final class ConfirmText {

    private ConfirmText() {}

    /** The bundle's pattern {@code key} with the values written as the pages write them. */
    public static String of(ResourceBundle bundle, String key, Object... args) {
        Object[] written = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < written.length; i++) {
            written[i] = written(args[i]);
        }
        Locale locale =
                bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                        ? Locale.CHINESE
                        : bundle.getLocale();
        return new MessageFormat(bundle.getString(key), locale).format(written);
    }

    /** One value as the pages write it; every value becomes text so that MessageFormat never regroups a number. */
    static String written(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return Formats.yuan(amount);
        }
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        if (value instanceof YearMonth month) {
            return month.toString();
        }
        return String.valueOf(value);
    }
}
