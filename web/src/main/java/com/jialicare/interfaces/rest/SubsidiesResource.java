package com.jialicare.interfaces.rest;

import com.jialicare.application.SubsidyService;
import com.jialicare.application.subsidy.PipelineService;
import com.jialicare.application.subsidy.RecomputationService;
import com.jialicare.domain.model.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * City-wide previews for auditors and the administrator: {@code GET /api/subsidies/operating?from=&to=
 * &countyCode=} and {@code GET /api/subsidies/construction?asOf=&countyCode=}, home by home over the
 * caller's scope; {@code GET /api/subsidies/recomputation-summary?year=}, every paid line of a year recomputed
 * (the administrator).
 */
@ApplicationScoped
@Path("subsidies")
@Produces(MediaType.APPLICATION_JSON)
public class SubsidiesResource {

    @Inject
    private SubsidyService subsidies;

    @Inject
    private PipelineService pipeline;

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

    /**
     * {@code GET /api/subsidies/pipeline?year=&countyCode=&careHomeId=}: where the money of a year stands, per county
     * and home (RULES.md §8.8); {@code careHomeId} narrows it to one home and lists its applications.
     */
    @GET
    @Path("pipeline")
    public PipelineView.PipelineCity pipeline(
            @QueryParam("year") String year,
            @QueryParam("countyCode") String countyCode,
            @QueryParam("careHomeId") String careHomeId,
            @Context HttpHeaders headers) {
        return PipelineView.of(
                pipeline.pipeline(year(year), blankToNull(countyCode), homeId(careHomeId)), ReasonLocale.of(headers));
    }

    /** A year as four digits, or 400 {@code INVALID_YEAR} (missing: {@code FIELD_REQUIRED}). */
    private static Integer year(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!raw.strip().matches("\\d{4}")) {
            throw BusinessException.invalid(
                    "INVALID_YEAR",
                    "year",
                    "year must be a year as YYYY",
                    raw.length() > 20 ? raw.substring(0, 20) : raw);
        }
        return Integer.valueOf(raw.strip());
    }

    private static Long homeId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!raw.strip().matches("[1-9]\\d{0,17}")) {
            throw BusinessException.invalid("INVALID_NUMBER", "careHomeId", "careHomeId must be an id");
        }
        return Long.valueOf(raw.strip());
    }

    @Inject
    private RecomputationService recomputation;

    /**
     * Every paid line of a year recomputed from the facts as they are now (RULES.md §8.3): counts and totals; the
     * administrator only.
     */
    public record RecomputationSummaryView(
            int year,
            int applications,
            int homes,
            long paidLines,
            long changedLines,
            java.math.BigDecimal frozenTotal,
            java.math.BigDecimal currentTotal,
            java.math.BigDecimal difference,
            java.math.BigDecimal backPay,
            java.math.BigDecimal recovery) {}

    @GET
    @Path("recomputation-summary")
    public RecomputationSummaryView recomputationSummary(@QueryParam("year") String year) {
        RecomputationService.Summary s = recomputation.paidLines(Params.queryInt(year, "year", 0));
        return new RecomputationSummaryView(
                s.year(),
                s.applications(),
                s.homes(),
                s.paidLines(),
                s.changedLines(),
                s.frozenTotal(),
                s.currentTotal(),
                s.currentTotal().subtract(s.frozenTotal()),
                s.backPay(),
                s.recovery());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
