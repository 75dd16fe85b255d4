package com.jialicare.interfaces.web.session;

import com.jialicare.interfaces.shared.Language;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/**
 * The UI language: Chinese (zh-CN) by default, English on request. The choice lives in the browser's
 * {@link Language#COOKIE} cookie (set by the top bar's links, {@link LanguageSwitch}), so it survives logging out
 * and in; the session keeps the last one read for code that runs outside a page request.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Locale locale = CHINESE;

    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getExternalContext().getRequest() instanceof HttpServletRequest request) {
            String tag = Language.fromCookie(request);
            if (tag != null) {
                locale = of(tag);
            }
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isChinese() {
        return "zh".equals(getLocale().getLanguage());
    }

    /**
     * The address of this page in the other language ({@code tag}): the page's own address with {@code lang=tag}
     * (the query it was opened with is kept, e.g. a record's {@code id}).
     */
    public String switchUrl(String tag) {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        String query = LanguageSwitch.withoutLanguage(request.getQueryString());
        return request.getRequestURI() + (query.isEmpty() ? "?" : query + "&") + Language.PARAM + "="
                + Language.valid(tag);
    }

    /** Switches language from an action, then shows the page again by a GET (Post/Redirect/Get). */
    public void switchTo(String tag) throws IOException {
        String valid = Language.valid(tag) == null ? "zh" : tag;
        locale = of(valid);
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        Language.remember((HttpServletRequest) ext.getRequest(), (HttpServletResponse) ext.getResponse(), valid);
        ext.redirect(((HttpServletRequest) ext.getRequest()).getRequestURI());
    }

    private static Locale of(String tag) {
        return "en".equals(tag) ? Locale.ENGLISH : CHINESE;
    }
}
