package com.jialicare.interfaces.rest;

import com.jialicare.application.UserService;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.interfaces.shared.security.DatabaseIdentityStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/me}: the caller's name, role and scope; {@code POST /api/me/password}: the caller changes
 * their own password (also a one-time password, which nothing else is allowed before).
 */
@ApplicationScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private UserService users;

    @Inject
    private DatabaseIdentityStore logins;

    @Context
    private HttpServletRequest request;

    /** The request body of {@code POST /api/me/password}. */
    public record PasswordRequest(String currentPassword, String newPassword) {}

    @GET
    public UserView me() {
        return UserView.of(users.me());
    }

    /**
     * A wrong current password counts as a failed login of the account and of the client's address; the API
     * client's next request sends the new password.
     */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView changePassword(PasswordRequest body) {
        Params.body(body);
        try {
            users.changeOwnPassword(body.currentPassword(), body.newPassword());
        } catch (BusinessException e) {
            if ("CURRENT_PASSWORD_WRONG".equals(e.code())) {
                logins.wrongPasswordFrom(request.getRemoteAddr());
            }
            throw e;
        }
        return UserView.of(users.me());
    }
}
