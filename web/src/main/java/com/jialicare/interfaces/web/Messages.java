package com.jialicare.interfaces.web;

import com.jialicare.domain.model.shared.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one way the beans reach the {@code msg} bundle: its texts, and the page messages (growl) they add.
 * A {@link BusinessException} is shown by its stable code: bundle key {@code error.<CODE>} (the only
 * namespace of error texts), a {@link MessageFormat} pattern over the exception's arguments; a code
 * without a text falls back to the exception's own (English) message, so nothing is ever shown empty.
 * How values are written on the pages (dates, money, counties) is {@link Formats}.
 */
public final class Messages {

    /** The bundle prefix of a business failure's text: {@code error.BED_OCCUPIED}. */
    public static final String ERROR_PREFIX = "error.";

    private Messages() {}

    /** The localized text of a business failure. */
    public static String of(BusinessException e) {
        return of(bundle(), e);
    }

    /** The text of a business failure from that bundle; separate from Faces so that it can be tested. */
    public static String of(ResourceBundle bundle, BusinessException e) {
        return e.code() == null ? e.getMessage() : error(bundle, e.code(), e.getMessage(), e.args());
    }

    /** The text of an error code with its arguments, or {@code fallback} when the code has no text. */
    public static String error(ResourceBundle bundle, String code, String fallback, Object... args) {
        String key = ERROR_PREFIX + code;
        if (code == null || !bundle.containsKey(key)) {
            return fallback;
        }
        // always a MessageFormat pattern, arguments or not, as the bundles write them ('' for an apostrophe)
        return new MessageFormat(bundle.getString(key), locale(bundle)).format(args == null ? new Object[0] : args);
    }

    /** The text of an error code, e.g. of a rejected import row, in the user's language; else {@code fallback}. */
    public static String error(String code, String fallback, Object... args) {
        return error(bundle(), code, fallback, args);
    }

    /** A text of the bundle, its {@code {0}}… filled with the arguments. */
    public static String text(String key, Object... args) {
        ResourceBundle bundle = bundle();
        return format(bundle, bundle.getString(key), args);
    }

    /** Shows a business failure on the page (in the growl): "not done", and why. */
    public static void error(BusinessException e) {
        add(FacesMessage.SEVERITY_ERROR, text("message.failed"), of(e));
    }

    /** Shows that something was done: "done", and what, in the words of the bundle key. */
    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text("message.done"), text(key, args));
    }

    /** Shows that something was not done: "not done", and why, in the words of the bundle key. */
    public static void failure(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text("message.failed"), text(key, args));
    }

    private static String format(ResourceBundle bundle, String pattern, Object... args) {
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale(bundle)).format(args);
    }

    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
    }

    /** The {@code msg} bundle of the current request's language. */
    static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    private static Locale locale(ResourceBundle bundle) {
        Locale l = bundle.getLocale();
        return l == null || l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
    }
}
