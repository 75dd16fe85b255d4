package com.jialicare.interfaces.shared;

import com.jialicare.application.Availability;
import com.jialicare.interfaces.shared.security.JialiAuthenticationMechanism;
import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A database that cannot be reached gives a clean 503, never a 500 or a 404, and the application recovers by
 * itself when it answers again. While the server has started degraded (the database was unreachable at
 * start-up, {@link Availability#schemaReady()} false) every request but the health check answers 503 at once;
 * a failure of the database during a request (including the login check) answers 503 too: the REST API
 * with {@code {"code":"DATABASE_UNAVAILABLE",…}}, the UI with a short page that reloads itself.
 */
public class DatabaseAvailabilityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseAvailabilityFilter.class.getName());

    @Resource(lookup = "java:jboss/datasources/JialiDS")
    private transient DataSource dataSource;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api/health") || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = path.startsWith("/api/");
        if (!Availability.schemaReady() || loginFailedOnDatabase(request)) {
            unavailable(request, response, api);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!Availability.databaseUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.WARNING, () -> "Database unavailable: " + e);
            response.reset();
            unavailable(request, response, api);
        }
    }

    /** Wrong credentials, or a login check that could not reach the database? Asked only after a refusal. */
    private boolean loginFailedOnDatabase(HttpServletRequest request) {
        if (request.getAttribute(JialiAuthenticationMechanism.BAD_CREDENTIALS) == null) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            return !c.isValid(2);
        } catch (Exception e) {
            return true;
        }
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response, boolean api)
            throws IOException {
        response.setStatus(503);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (api) {
            response.setContentType("application/json");
            response.getWriter()
                    .write("{\"code\":\"DATABASE_UNAVAILABLE\",\"message\":"
                            + "\"The database cannot be reached at the moment; try again shortly\"}");
            return;
        }
        // Chinese unless the browser asks for English, as the UI itself
        ResourceBundle texts =
                texts(request.getHeader("Accept-Language") == null ? Locale.CHINESE : request.getLocale());
        String title = escape(texts.getString("db.unavailable.title"));
        String text = escape(texts.getString("db.unavailable.text"));
        response.setContentType("text/html");
        response.getWriter()
                .write("<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
                        + "<meta http-equiv=\"refresh\" content=\"10\"><title>" + title + "</title></head>"
                        + "<body style=\"font-family:sans-serif;margin:3em\"><h1>" + title + "</h1><p>" + text
                        + "</p></body></html>");
    }

    private static ResourceBundle texts(Locale locale) {
        try {
            return ResourceBundle.getBundle(
                    "com.jialicare.web.messages",
                    locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.CHINESE);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle("com.jialicare.web.messages", Locale.ROOT);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
