package com.jialicare.interfaces.rest;

import com.jialicare.application.UserService;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api/users}: the administrator creates accounts, disables, enables and unlocks them, resets their
 * passwords and changes their scope (issue #14 item 7). Each change is refused on the account's very next
 * request (its remembered logins and sessions are checked again).
 */
@ApplicationScoped
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    private UserService users;

    /** The request body of {@code POST /api/users}. */
    public record NewUserRequest(
            String username,
            String password,
            String role,

            @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", example = "1")
            Object careHomeId,

            String countyCode,

            @Schema(type = SchemaType.ARRAY, implementation = Long.class, example = "[1, 2]")
            Object residentIds,

            String displayName) {}

    @APIResponse(
            responseCode = "201",
            description = "User created; `Location` is its address",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new user's URL",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserView.class)))
    @POST
    public Response create(NewUserRequest body, @Context UriInfo uri) {
        if (body == null) {
            throw BusinessException.invalid("BODY_REQUIRED", null, "A JSON body is required");
        }
        var created = users.create(new UserService.NewUser(
                body.username(),
                body.password(),
                role(body.role()),
                Params.id(body.careHomeId(), "careHomeId"),
                body.countyCode(),
                Params.ids(body.residentIds(), "residentIds"),
                body.displayName()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.userId()))
                        .build())
                .entity(UserView.of(created))
                .build();
    }

    /** The request body of {@code PUT /api/users/{id}}: the one scope field of the account's role. */
    public record ScopeRequest(
            @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", example = "1")
            Object careHomeId,

            String countyCode,

            @Schema(type = SchemaType.ARRAY, implementation = Long.class, example = "[1, 2]")
            Object residentIds,

            String displayName) {}

    /** The answer of {@code POST /api/users/{id}/reset-password}: shown once, never stored in clear. */
    public record OneTimePasswordView(long id, String username, String oneTimePassword) {}

    @POST
    @Path("{id}/disable")
    public AccountView disable(@PathParam("id") long id) {
        return AccountView.of(users.disable(id));
    }

    @POST
    @Path("{id}/enable")
    public AccountView enable(@PathParam("id") long id) {
        return AccountView.of(users.enable(id));
    }

    @POST
    @Path("{id}/unlock")
    public AccountView unlock(@PathParam("id") long id) {
        return AccountView.of(users.unlock(id));
    }

    @POST
    @Path("{id}/reset-password")
    public OneTimePasswordView resetPassword(@PathParam("id") long id) {
        String oneTime = users.resetPassword(id);
        return new OneTimePasswordView(id, users.summary(id).username(), oneTime);
    }

    @PUT
    @Path("{id}")
    public AccountView rescope(@PathParam("id") long id, ScopeRequest body) {
        Params.body(body);
        users.rescope(
                id,
                new UserService.ScopeChange(
                        Params.id(body.careHomeId(), "careHomeId"),
                        body.countyCode(),
                        body.residentIds() == null ? null : Params.ids(body.residentIds(), "residentIds"),
                        body.displayName()));
        return AccountView.of(users.summary(id));
    }

    static Role role(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Role.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(
                    "INVALID_ROLE",
                    "role",
                    "Role must be ADMIN, HOME_ADMIN, COUNTY_AUDITOR, CITY_AUDITOR or FAMILY",
                    raw);
        }
    }
}
