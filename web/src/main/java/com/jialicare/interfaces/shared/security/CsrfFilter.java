package com.jialicare.interfaces.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Cross-site request forgery: a state-changing request (POST, PUT, PATCH, DELETE) must come from one of
 * our own pages.
 * <ul>
 * <li>If it names where it comes from ({@code Origin}, or {@code Referer} when there is no Origin), that
 * must be our own origin: the scheme, host and port the request was sent to. Browsers always send Origin
 * on cross-origin posts and cannot be made to send ours from another site. {@code Origin: null} is foreign.
 * This holds whatever the credentials, HTTP Basic included (a browser remembers Basic credentials too).</li>
 * <li>If it names neither and carries a session cookie, it is refused: a browser on our page always sends
 * Origin with a post, so only a forged or stripped request gets here. Requests with HTTP Basic
 * credentials and no session cookie (API clients such as curl or scripts, which send no Origin) and
 * anonymous ones without a cookie (the public objection) are not cookie-authenticated and pass.</li>
 * <li>A JSF post whose view state is {@code stateless} is refused: no view of this application is
 * transient, and such a post would make JSF build the page afresh and run its action without the view
 * state that a forger cannot know.</li>
 * </ul>
 * Our own origin comes from the request as the browser addressed it (its Host header, as the servlet
 * container reports it): a forging site cannot set the Host header of its victim's browser. Forwarded
 * headers count only if the server's listener is configured to trust them (Undertow's
 * {@code proxy-address-forwarding}). A refused UI request gets a plain 403; a refused API request a
 * 403 with the API's error body and the code {@code CSRF_REJECTED}.
 * <p>
 * Declared in web.xml (the order of the filters matters).
 */
public class CsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CsrfFilter.class.getName());

    static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    static final String VIEW_STATE = "jakarta.faces.ViewState";
    public static final String CODE = "CSRF_REJECTED";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            String refusal = refusal(request);
            if (refusal != null) {
                refuse(request, response, refusal);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Why this state-changing request is refused, or null when it may go on. */
    static String refusal(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String referer = request.getHeader("Referer");
        String own = ownOrigin(request);
        if (origin != null) {
            if (!own.equals(normalized(origin))) {
                return "foreign Origin " + origin;
            }
        } else if (referer != null) {
            if (!own.equals(normalized(referer))) {
                return "foreign Referer";
            }
        } else if (request.getRequestedSessionId() != null && !basic(request)) {
            return "session cookie without Origin or Referer";
        }
        if (isFacesPost(request) && "stateless".equals(viewState(request))) {
            return "stateless view state";
        }
        return null;
    }

    private static boolean basic(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static boolean isFacesPost(HttpServletRequest request) {
        return "POST".equalsIgnoreCase(request.getMethod())
                && request.getServletPath().endsWith(".xhtml");
    }

    private static String viewState(HttpServletRequest request) {
        try {
            if (request.getCharacterEncoding() == null) {
                // the pages are UTF-8; read the form as JSF itself would, before anything else parses it
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            return request.getParameter(VIEW_STATE);
        } catch (IOException | RuntimeException e) {
            // an unreadable body (e.g. an upload over the size limit): JSF reports it itself
            return null;
        }
    }

    /** scheme://host:port of the request as the browser addressed it. */
    static String ownOrigin(HttpServletRequest request) {
        return origin(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** The origin of an Origin or Referer header, in the same form as {@link #ownOrigin}; "" if none. */
    static String normalized(String header) {
        try {
            URI uri = new URI(header.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            return origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        int p = port >= 0 ? port : "https".equals(s) ? 443 : "http".equals(s) ? 80 : -1;
        String h = host.toLowerCase(Locale.ROOT);
        if (h.indexOf(':') >= 0 && !h.startsWith("[")) {
            h = "[" + h + "]"; // IPv6, as URI reports it
        }
        return s + "://" + h + ":" + p;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String why)
            throws IOException {
        LOG.warning(() -> "Refused as cross-site request forgery: " + request.getMethod() + " "
                + request.getRequestURI() + " (" + why + ")");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api") || path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write(
                            "{\"code\":\"" + CODE + "\",\"message\":\"A state change from another site, or with the "
                                    + "session cookie but without Origin, is refused; API clients use HTTP Basic and send no Origin\"}");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
