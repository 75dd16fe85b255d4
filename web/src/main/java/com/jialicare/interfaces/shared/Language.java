package com.jialicare.interfaces.shared;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;

/**
 * The UI language the user chose, kept in the {@value #COOKIE} cookie ({@code zh} or {@code en}) rather than in the
 * session: it survives logging out, an ended session and logging in again (issue #16 item 9).
 */
public final class Language {

    /** The cookie's name; its value is {@code zh} or {@code en}. */
    public static final String COOKIE = "jiali-lang";

    /** The request parameter that switches the language ({@code ?lang=en}). */
    public static final String PARAM = "lang";

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    private Language() {}

    /** {@code zh} or {@code en} for a valid tag, else {@code null}. */
    public static String valid(String tag) {
        return "zh".equals(tag) || "en".equals(tag) ? tag : null;
    }

    /** The language the request's cookie names, or {@code null} when it names none. */
    public static String fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return valid(c.getValue());
                }
            }
        }
        return null;
    }

    /** Remembers {@code tag} ({@code zh} or {@code en}) in the browser for a year, for this application only. */
    public static void remember(HttpServletRequest request, HttpServletResponse response, String tag) {
        Cookie cookie = new Cookie(COOKIE, tag);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        response.addCookie(cookie);
    }
}
