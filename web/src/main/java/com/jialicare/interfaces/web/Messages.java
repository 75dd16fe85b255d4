package com.jialicare.interfaces.web;

import com.jialicare.domain.model.shared.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts for the user from the {@code msg} bundle, and the page messages the beans add. A
 * {@link BusinessException} is shown by its stable code: bundle key {@code error.<CODE>}, a
 * {@link MessageFormat} pattern over the exception's arguments; a code without a text falls back to the
 * exception's own (English) message, so nothing is ever shown empty.
 */
public final class Messages {

    private Messages() {
    }

    /** The localized text of a business failure. */
    public static String of(BusinessException e) {
        return of(bundle(), e);
    }

    /** The text of a business failure from that bundle; separate from Faces so that it can be tested. */
    public static String of(ResourceBundle bundle, BusinessException e) {
        String key = "error." + e.code();
        if (e.code() == null || !bundle.containsKey(key)) {
            return e.getMessage();
        }
        return new MessageFormat(bundle.getString(key), locale(bundle)).format(e.args());
    }

    /** A text of the bundle, its {@code {0}}… filled with the arguments. */
    public static String text(String key, Object... args) {
        ResourceBundle bundle = bundle();
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale(bundle)).format(args);
    }

    /** Shows a business failure on the page (in the growl): "not done", and why. */
    public static void error(BusinessException e) {
        add(FacesMessage.SEVERITY_ERROR, text("message.failed"), of(e));
    }

    /** Shows that something was done: "saved", and what. */
    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text("message.done"), text(key, args));
    }

    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    private static Locale locale(ResourceBundle bundle) {
        Locale l = bundle.getLocale();
        return l == null || l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
    }
}
