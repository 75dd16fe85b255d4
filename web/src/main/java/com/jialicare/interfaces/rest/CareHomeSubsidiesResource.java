package com.jialicare.interfaces.rest;

import com.jialicare.application.SubsidyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * A home's subsidies, computed now and not stored: {@code GET /api/care-homes/{id}/subsidies/construction
 * ?asOf=} and {@code …/operating?from=&to=}. A class of its own beside the registry's care-home resource;
 * JAX-RS picks it for these longer paths.
 */
@ApplicationScoped
@Path("care-homes/{id}/subsidies")
@Produces(MediaType.APPLICATION_JSON)
public class CareHomeSubsidiesResource {

    @Inject
    private SubsidyService subsidies;

    @GET
    @Path("construction")
    public ConstructionSubsidyView construction(
            @PathParam("id") long id, @QueryParam("asOf") String asOf, @Context HttpHeaders headers) {
        return ConstructionSubsidyView.of(
                subsidies.construction(id, Params.requiredDate(asOf, "asOf")), ReasonLocale.of(headers));
    }

    @GET
    @Path("operating")
    public OperatingSubsidyView operating(
            @PathParam("id") long id,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Context HttpHeaders headers) {
        return OperatingSubsidyView.of(
                subsidies.operating(id, Params.requiredMonth(from, "from"), Params.requiredMonth(to, "to")),
                ReasonLocale.of(headers));
    }
}
