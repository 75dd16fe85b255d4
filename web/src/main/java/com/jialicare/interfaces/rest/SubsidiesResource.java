package com.jialicare.interfaces.rest;

import com.jialicare.application.SubsidyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * City-wide previews for auditors and the administrator: {@code GET /api/subsidies/operating?from=&to=
 * &countyCode=} and {@code GET /api/subsidies/construction?asOf=&countyCode=}, home by home over the
 * caller's scope.
 */
@ApplicationScoped
@Path("subsidies")
@Produces(MediaType.APPLICATION_JSON)
public class SubsidiesResource {

    @Inject
    private SubsidyService subsidies;

    @GET
    @Path("operating")
    public SubsidyPreviewView.Operating operating(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("countyCode") String countyCode) {
        return SubsidyPreviewView.operating(subsidies.operatingPreview(
                Params.requiredMonth(from, "from"), Params.requiredMonth(to, "to"), blankToNull(countyCode)));
    }

    @GET
    @Path("construction")
    public SubsidyPreviewView.Construction construction(
            @QueryParam("asOf") String asOf, @QueryParam("countyCode") String countyCode) {
        return SubsidyPreviewView.construction(
                subsidies.constructionPreview(Params.requiredDate(asOf, "asOf"), blankToNull(countyCode)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
