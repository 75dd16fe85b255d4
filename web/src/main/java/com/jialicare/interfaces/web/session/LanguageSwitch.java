package com.jialicare.interfaces.web.session;

import com.jialicare.interfaces.shared.Language;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The language switch of the top bar is a plain link ({@code ?lang=en} on the page's own address): this filter
 * remembers the choice in the {@link Language#COOKIE} cookie and sends the browser to the same address without
 * the parameter (303). A GET, then a redirect: no form post in the history, so Back never asks to resubmit one.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class LanguageSwitch extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String tag = Language.valid(request.getParameter(Language.PARAM));
        if (tag == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Language.remember(request, response, tag);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI() + withoutLanguage(request.getQueryString()));
    }

    /** The query string without {@code lang=…}, with its {@code ?}, or empty. */
    static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        String rest = Arrays.stream(query.split("&"))
                .filter(p -> !p.equals(Language.PARAM) && !p.startsWith(Language.PARAM + "="))
                .collect(Collectors.joining("&"));
        return rest.isEmpty() ? "" : "?" + rest;
    }
}
