package com.jialicare.interfaces.web;

import com.jialicare.domain.model.shared.BusinessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Messages the subsidy and review pages show in the growl. A {@link BusinessException} is shown by its
 * stable code: the bundle's {@code app.error.<CODE>} or {@code error.<CODE>}, a {@link MessageFormat}
 * pattern over the exception's arguments; a code without a text falls back to the exception's own
 * message, so a refusal is never shown empty.
 */
public final class FacesErrors {

    private FacesErrors() {
    }

    /** Shows why something was not done: "未能完成" and the reason. */
    public static void show(BusinessException e) {
        add(FacesMessage.SEVERITY_ERROR, text("app.message.failed"), of(bundle(), e));
    }

    /** Shows that something was done, in the words of the bundle key. */
    public static void done(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text("app.message.done"), text(key, args));
    }

    /** The localized text of a business failure from that bundle; apart from Faces, so it can be tested. */
    public static String of(ResourceBundle bundle, BusinessException e) {
        if (e.code() != null) {
            for (String key : new String[] {"app.error." + e.code(), "error." + e.code()}) {
                if (bundle.containsKey(key)) {
                    return new MessageFormat(bundle.getString(key), locale(bundle)).format(e.args());
                }
            }
        }
        return e.getMessage();
    }

    /** A text of the page bundle, its {@code {0}}… filled with the arguments. */
    public static String text(String key, Object... args) {
        ResourceBundle bundle = bundle();
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale(bundle)).format(args);
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
