package com.jialicare.interfaces.web;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.ResourceBundle;
import org.primefaces.component.api.UICalendar;

/**
 * The converter of every date field (p:datePicker, set by {@link DateFields}): a typed day or month that does not
 * exist (2025-02-30, 2025-13-01) is rejected with a message in the user's language, next to the field, and the
 * typed text stays in it. PrimeFaces' own conversion parses leniently ({@code ResolverStyle.SMART}), so that
 * 2025-02-30 silently became 2025-02-28. The value is a {@link LocalDate} ({@code yyyy-MM-dd}) or a
 * {@link YearMonth} ({@code yyyy-MM}, the month pickers), as the bean's property says.
 */
public class DateFieldConverter implements Converter<Object>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The bundle key of the rejection: {0} the field's label, {1} the typed text, {2} the pattern, {3} an example. */
    public static final String INVALID = "validation.date";

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String pattern = pattern(component);
        try {
            return parse(text.trim(), pattern, type(context, component, pattern));
        } catch (DateTimeParseException e) {
            ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
            String detail = message(bundle, label(component), text.trim(), pattern);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, detail, detail), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof TemporalAccessor t) {
            return format(t, pattern(component));
        }
        return value.toString();
    }

    /** The day or month the text names exactly, or a {@link DateTimeParseException} (also for 02-30 and 13-01). */
    static TemporalAccessor parse(String text, String pattern, Class<?> type) {
        DateTimeFormatter strict = formatter(pattern);
        return YearMonth.class.equals(type) ? YearMonth.parse(text, strict) : LocalDate.parse(text, strict);
    }

    static String format(TemporalAccessor value, String pattern) {
        return formatter(pattern).format(value);
    }

    /** The rejection in the bundle's language, e.g. "Admitted on: 2025-02-30 is not a date; write yyyy-MM-dd …". */
    static String message(ResourceBundle bundle, String label, String text, String pattern) {
        Locale locale =
                bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                        ? Locale.ENGLISH
                        : bundle.getLocale();
        String example = format(pattern.contains("d") ? LocalDate.of(2025, 3, 1) : YearMonth.of(2025, 3), pattern);
        return new MessageFormat(bundle.getString(INVALID), locale)
                .format(new Object[] {label == null ? "" : label, text, pattern, example})
                .replaceFirst("^[:：]\\s*", "");
    }

    /** A strict formatter: 'yyyy' (year of era, which STRICT cannot resolve without an era) read as 'uuuu'. */
    private static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static String pattern(UIComponent component) {
        String pattern = component instanceof UICalendar c ? c.calculatePattern() : null;
        return pattern == null || pattern.isBlank() ? "yyyy-MM-dd" : pattern;
    }

    private static Class<?> type(FacesContext context, UIComponent component, String pattern) {
        ValueExpression value = component.getValueExpression("value");
        Class<?> type = value == null ? null : value.getType(context.getELContext());
        if (type == null || Object.class.equals(type)) {
            return pattern.contains("d") ? LocalDate.class : YearMonth.class;
        }
        return type;
    }

    private static String label(UIComponent component) {
        Object label = component.getAttributes().get("label");
        return label == null ? null : label.toString();
    }
}
