package com.jialicare.interfaces.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The language of the readable reasons on subsidy lines: Chinese unless the request prefers English. */
final class ReasonLocale {

    private ReasonLocale() {}

    /** The first of {@code zh} and {@code en} in {@code Accept-Language} (by quality) decides; neither: Chinese. */
    static Locale of(HttpHeaders headers) {
        List<Locale> acceptable = headers == null ? List.of() : headers.getAcceptableLanguages();
        for (Locale l : acceptable) {
            if ("en".equalsIgnoreCase(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equalsIgnoreCase(l.getLanguage())) {
                return Locale.CHINESE;
            }
        }
        return Locale.CHINESE;
    }
}
