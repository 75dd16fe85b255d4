package com.jialicare.interfaces.shared.security;

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
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

    /** What the session remembers of a UI login. */
    record SessionIdentity(String username, Set<String> roles) implements Serializable {}

    /** Called directly rather than through the container's handler: it needs the client's address. */
    @Inject
    private DatabaseIdentityStore identityStore;

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
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SessionIdentity id) {
            return context.notifyContainerAboutLogin(id.username(), id.roles());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
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
        // a new session id at login: a session fixed before login is worth nothing after it
        HttpSession old = request.getSession(false);
        if (old != null) {
            request.changeSessionId();
        }
        request.getSession(true)
                .setAttribute(
                        SESSION_KEY,
                        new SessionIdentity(
                                result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
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
