package com.jialicare.interfaces.rest;

import com.jialicare.application.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/me}: the caller's name, role and scope. */
@ApplicationScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private UserService users;

    @GET
    public UserView me() {
        return UserView.of(users.me());
    }
}
