package com.jialicare.interfaces.web.session;

import com.jialicare.interfaces.shared.security.JialiAuthenticationMechanism;
import jakarta.annotation.PostConstruct;
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

    /**
     * A new session opened by a link that names the language ({@code ?lang=en}): the login page a session
     * ended because its account changed sends the user to keeps the language they had chosen.
     */
    @PostConstruct
    void fromRequest() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null
                && "en"
                        .equals(faces.getExternalContext()
                                .getRequestParameterMap()
                                .get("lang"))) {
            locale = Locale.ENGLISH;
            faces.getExternalContext().getSessionMap().put(JialiAuthenticationMechanism.LANGUAGE_ATTRIBUTE, "en");
        }
    }

    /** Switches language and stays on the same page. */
    public void switchTo(String tag) {
        locale = "en".equals(tag) ? Locale.ENGLISH : CHINESE;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        faces.getExternalContext()
                .getSessionMap()
                .put(JialiAuthenticationMechanism.LANGUAGE_ATTRIBUTE, locale.getLanguage());
    }
}
