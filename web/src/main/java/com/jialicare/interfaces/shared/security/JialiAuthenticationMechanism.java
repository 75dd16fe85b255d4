package com.jialicare.interfaces.shared.security;

import com.jialicare.application.UserService;
import com.jialicare.application.security.CallerCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * One mechanism for both adapters. The UI logs in through {@code LoginBean} (a programmatic
 * {@code SecurityContext.authenticate}) and is remembered in the HTTP session; API clients send HTTP
 * Basic credentials with each request and get no session. Unauthenticated requests to protected pages
 * are sent to the login page; the API answers 401 itself (see the REST layer's
 * {@code AuthenticationRequiredFilter}), so that its body is the API's JSON error.
 */
@ApplicationScoped
public class JialiAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = "jiali.identity";
    /** Request attribute: Basic credentials were sent and were wrong (or the account is locked). */
    public static final String BAD_CREDENTIALS = "jiali.badCredentials";
    /**
     * Request attribute: the login was refused without checking the password (a
     * {@link DatabaseIdentityStore.Outcome} with a refusal: too many failures from this client, or busy).
     */
    public static final String LOGIN_REFUSED = "jiali.loginRefused";

    public static final String LOGIN_PAGE = "/login.xhtml";

    /** The page a user who logged in with a one-time password is sent to until they change it. */
    public static final String PASSWORD_PAGE = "/app/account/password.xhtml";

    /** The login page's parameter saying that the session was ended because the account changed. */
    public static final String ENDED_PARAM = "ended";

    /** The login page's parameter naming the page asked for before logging in ({@link LoginTarget}). */
    public static final String NEXT_PARAM = "next";

    /**
     * What the session remembers of a UI login: the account's session stamp when it was opened, and the
     * accounts' generation when that stamp was last compared. Whenever any account changed (the generation
     * moved, on any server), the next request compares the stamp again: a disabled account, a reset or
     * changed password or a new scope (each advances the stamp) ends the session at once.
     */
    record SessionIdentity(String username, Set<String> roles, int stamp, long generation, boolean mustChangePassword)
            implements Serializable {}

    /** Called directly rather than through the container's handler: it needs the client's address. */
    @Inject
    private DatabaseIdentityStore identityStore;

    @Inject
    private UserService users;

    @Inject
    private CallerCache callers;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return formLogin(request, context, credential);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(request, context, authorization.substring(6).trim());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SessionIdentity remembered) {
            SessionIdentity id = stillValid(remembered);
            if (id == null) {
                session.invalidate();
                return ended(request, response, context);
            }
            if (id != remembered) {
                session.setAttribute(SESSION_KEY, id);
            }
            if (id.mustChangePassword() && mustBeForcedToChange(request)) {
                return redirect(request, response, context, request.getContextPath() + PASSWORD_PAGE);
            }
            return context.notifyContainerAboutLogin(id.username(), id.roles());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + next(request));
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpMessageContext context, Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        DatabaseIdentityStore.Outcome outcome =
                identityStore.check(upc.getCaller(), upc.getPasswordAsString(), request.getRemoteAddr());
        if (!outcome.valid()) {
            if (outcome.refusal() != null) {
                request.setAttribute(LOGIN_REFUSED, outcome); // the login page says why
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = outcome.result();
        String username = result.getCallerPrincipal().getName();
        long generation = callers.accountsGeneration();
        Optional<UserService.SessionState> state = users.sessionState(username);
        if (state.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE; // disabled since the check
        }
        // a new session id at login: a session fixed before login is worth nothing after it
        HttpSession old = request.getSession(false);
        if (old != null) {
            request.changeSessionId();
        }
        request.getSession(true)
                .setAttribute(
                        SESSION_KEY,
                        new SessionIdentity(
                                username,
                                Set.copyOf(result.getCallerGroups()),
                                state.get().stamp(),
                                generation,
                                state.get().mustChangePassword()));
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * The session's identity if it still holds (renewed with the current generation when compared again), or
     * {@code null} when the account was disabled or its stamp moved (password reset or changed elsewhere, new
     * scope).
     */
    private SessionIdentity stillValid(SessionIdentity id) {
        long generation = callers.accountsGeneration();
        if (id.generation() == generation) {
            return id;
        }
        Optional<UserService.SessionState> state;
        try {
            state = users.sessionState(id.username());
        } catch (RuntimeException e) {
            return id; // the database does not answer: the pages will say so, the session stays
        }
        if (state.isEmpty() || state.get().stamp() != id.stamp()) {
            return null;
        }
        return new SessionIdentity(
                id.username(), id.roles(), id.stamp(), generation, state.get().mustChangePassword());
    }

    /**
     * The caller's own session after they changed their own password: it goes on with the account's new stamp
     * (their other sessions end), and no longer needs the password page.
     */
    public static void passwordChangedInSession(HttpServletRequest request, int newStamp) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SessionIdentity id) {
            // generation 0: compared again on the next request, which finds this stamp
            session.setAttribute(SESSION_KEY, new SessionIdentity(id.username(), id.roles(), newStamp, 0L, false));
        }
    }

    /** Pages (not the password page, the login page, resources or the API) wait for the password change. */
    private static boolean mustBeForcedToChange(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/app/") && !path.equals(PASSWORD_PAGE);
    }

    /**
     * A session ended because its account changed: a page under /app goes to the login page, which says why; a JSF
     * ajax request gets the same as a partial-response redirect (a plain 302 would be followed by the
     * browser's XMLHttpRequest); the API answers 401 as to anyone not logged in.
     */
    private AuthenticationStatus ended(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/app/")) {
            return context.doNothing(); // the login page, public pages, resources, the API
        }
        return redirect(
                request, response, context, request.getContextPath() + LOGIN_PAGE + "?" + ENDED_PARAM + "=true");
    }

    /**
     * {@code ?next=<the page asked for>} for a page opened (GET, not ajax) without a login, so that the login leads
     * there (LoginBean, through {@link LoginTarget}); empty for anything else.
     */
    private static String next(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || "partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return "";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return LoginTarget.sanitize(query == null ? path : path + "?" + query)
                .map(p -> "?" + NEXT_PARAM + "=" + URLEncoder.encode(p, StandardCharsets.UTF_8))
                .orElse("");
    }

    private static AuthenticationStatus redirect(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String url) {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("Cache-Control", "no-store");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                                + url.replace("&", "&amp;") + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return context.redirect(url);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon > 0) {
            DatabaseIdentityStore.Outcome outcome = identityStore.check(
                    decoded.substring(0, colon), decoded.substring(colon + 1), request.getRemoteAddr());
            if (outcome.valid()) {
                return context.notifyContainerAboutLogin(outcome.result());
            }
            if (outcome.refusal() != null) {
                request.setAttribute(LOGIN_REFUSED, outcome); // the API's filter answers 429 or 503
            }
        }
        // Not logged in: the request goes on anonymously, and the API's filter answers 401 with this code
        // (the container would replace any error body written here with its own page).
        request.setAttribute(BAD_CREDENTIALS, Boolean.TRUE);
        return context.doNothing();
    }
}
