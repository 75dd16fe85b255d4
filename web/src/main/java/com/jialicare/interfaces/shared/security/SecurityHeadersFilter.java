package com.jialicare.interfaces.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer: no MIME sniffing, no framing by other sites (clickjacking), no
 * referrer leaking to other sites, and a content security policy that allows only our own origin.
 * PrimeFaces widgets still need inline scripts and eval, hence those two allowances in script-src.
 * <p>
 * PrimeFaces' CSP mode ({@code primefaces.CSP}: nonces instead of inline scripts) was tried with
 * PrimeFaces 15.0.13 and left off: in that mode every postback must carry the page's nonce, and when an
 * ajax post fails to restore its view (a made-up or expired view state) without the nonce, PrimeFaces'
 * exception handler fails itself ("Could not handle exception!: CspException: Missing CSP nonce") and the
 * JSF lifecycle goes on with a freshly built page: the form's action ran (a forged "create user" post with a
 * made-up view state created the user). The view state would no longer protect a form.
 * <p>
 * Declared in web.xml (before the CSRF filter, and on error pages too, so refusals carry these headers).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", CSP);
        if (noStore(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /**
     * The API's answers and the pages behind the login (and the login page itself) are never kept by the browser:
     * Back after logging out asks the server again, which sends the login page, instead of showing what a logged-in
     * user saw.
     */
    static boolean noStore(String path) {
        return path.startsWith("/api/") || path.startsWith("/app/") || path.equals("/login.xhtml");
    }
}
