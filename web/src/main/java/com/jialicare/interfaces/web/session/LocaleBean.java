package com.jialicare.interfaces.web.session;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The UI language: Chinese (zh-CN) by default, English on request; kept for the session. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Locale locale = CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isChinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** Switches language and stays on the same page. */
    public void switchTo(String tag) {
        locale = "en".equals(tag) ? Locale.ENGLISH : CHINESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
