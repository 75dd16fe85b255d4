package com.jialicare.interfaces.rest;

import com.jialicare.application.TrainingClockService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The training clock (API.md, "Demo and training only"). Open to the filter so that a production server
 * answers 404 to everyone, as for a path that does not exist; the service then asks for the administrator.
 */
@RequestScoped
@Path("demo/clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class DemoClockResource {

    @Inject
    private TrainingClockService clock;

    public record AdvanceRequest(
            @Schema(type = SchemaType.INTEGER, format = "int32", example = "30")
            Object advanceDays) {}

    public record Today(String today) {}

    @APIResponse(
            responseCode = "200",
            description = "The server's today",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Today.class)))
    @APIResponse(
            responseCode = "404",
            description = "Not a demo or training server (`NOT_FOUND`)",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = OpenApiDocument.ERROR_BODY)))
    @APIResponse(
            responseCode = "401",
            description = "Not logged in (`UNAUTHENTICATED`, `BAD_CREDENTIALS`)",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = OpenApiDocument.ERROR_BODY)))
    @APIResponse(
            responseCode = "403",
            description = "Only an administrator moves the clock (`ROLE_NOT_ALLOWED`)",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = OpenApiDocument.ERROR_BODY)))
    @GET
    public Today today() {
        return new Today(clock.today().toString());
    }

    @APIResponse(
            responseCode = "200",
            description = "The server's new today",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Today.class)))
    @APIResponse(
            responseCode = "404",
            description = "Not a demo or training server (`NOT_FOUND`)",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = OpenApiDocument.ERROR_BODY)))
    @APIResponse(
            responseCode = "401",
            description = "Not logged in (`UNAUTHENTICATED`, `BAD_CREDENTIALS`)",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = OpenApiDocument.ERROR_BODY)))
    @APIResponse(
            responseCode = "403",
            description = "Only an administrator moves the clock (`ROLE_NOT_ALLOWED`)",
            content = @Content(mediaType = "application/json", schema = @Schema(ref = OpenApiDocument.ERROR_BODY)))
    @POST
    public Today advance(AdvanceRequest body) {
        clock.today(); // 404 on a production server before the body is looked at
        Params.body(body);
        // bounded: a hundred years is training enough, and no overflow reaches the date arithmetic
        return new Today(clock.advance(Params.integer(body.advanceDays(), "advanceDays", -36_500, 36_500))
                .toString());
    }
}
