package com.jialicare.interfaces.rest;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.shared.security.DatabaseIdentityStore;
import com.jialicare.interfaces.shared.security.JialiAuthenticationMechanism;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Every endpoint needs a logged-in caller unless its method or class says {@link PermitAll} (the health
 * check, the public notice). Without one the answer is 401 with a Basic challenge; what the caller may
 * see is then decided by the services.
 */
@Provider
public class AuthenticationRequiredFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean open = resourceInfo.getResourceMethod() != null
                && (resourceInfo.getResourceMethod().isAnnotationPresent(PermitAll.class)
                        || resourceInfo.getResourceClass().isAnnotationPresent(PermitAll.class));
        if (!open
                && request.getSecurityContext().getUserPrincipal() == null
                && servletRequest.getAttribute(JialiAuthenticationMechanism.LOGIN_REFUSED)
                        instanceof DatabaseIdentityStore.Outcome refused) {
            // refused before the password was checked: say when to come back
            boolean busy = refused.refusal() == DatabaseIdentityStore.Refusal.BUSY;
            request.abortWith(Response.status(busy ? 503 : 429)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Retry-After", refused.retryAfterSeconds())
                    .entity(new ErrorBody(
                            busy ? "LOGIN_BUSY" : "TOO_MANY_ATTEMPTS",
                            busy
                                    ? "Too many logins are being checked right now: try again in a moment"
                                    : "Too many failed logins from this address: try again in "
                                            + refused.retryAfterSeconds() + " seconds",
                            null))
                    .build());
            return;
        }
        if (!open && request.getSecurityContext().getUserPrincipal() == null) {
            boolean badCredentials = servletRequest.getAttribute(JialiAuthenticationMechanism.BAD_CREDENTIALS) != null;
            request.abortWith(BusinessExceptionMapper.toResponse(
                    BusinessException.Kind.UNAUTHENTICATED,
                    badCredentials ? "BAD_CREDENTIALS" : "UNAUTHENTICATED",
                    badCredentials
                            ? "Wrong user name or password, or the account is locked after repeated failures"
                            : "Log in with HTTP Basic authentication",
                    null));
        }
    }
}
