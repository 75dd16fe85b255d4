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

    public record AdvanceRequest(Object advanceDays) {
    }

    public record Today(String today) {
    }

    @GET
    public Today today() {
        return new Today(clock.today().toString());
    }

    @POST
    public Today advance(AdvanceRequest body) {
        clock.today(); // 404 on a production server before the body is looked at
        Params.body(body);
        // bounded: a hundred years is training enough, and no overflow reaches the date arithmetic
        return new Today(clock.advance(Params.integer(body.advanceDays(), "advanceDays", -36_500, 36_500)).toString());
    }
}
