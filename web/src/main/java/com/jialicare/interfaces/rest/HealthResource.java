package com.jialicare.interfaces.rest;

import com.jialicare.application.SystemHealth;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/health}: {@code 200 {"status":"UP"}} only when the application has started against its
 * database (schema migrated) and the database answers now; otherwise {@code 503 {"status":"DOWN"}}. For
 * load balancers and monitoring, and open to anyone: it names no product, version or error.
 */
@ApplicationScoped
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class HealthResource {

    /** {@code {"status": "UP"}} or {@code {"status": "DOWN"}}, nothing more. */
    public record Health(
            @Schema(enumeration = {"UP", "DOWN"}) String status) {}

    @Inject
    private SystemHealth system;

    @APIResponse(
            responseCode = "200",
            description = "Up: the database answers",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Health.class)))
    @APIResponse(
            responseCode = "503",
            description = "Down: the database does not answer (or is not migrated yet)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Health.class)))
    @GET
    public Response health() {
        boolean up = system.up();
        return Response.status(up ? 200 : 503)
                .entity(new Health(up ? "UP" : "DOWN"))
                .build();
    }
}
