package com.jialicare.interfaces.rest;

import com.jialicare.application.ReportedEventService;
import com.jialicare.domain.model.registry.CaseDecision;
import com.jialicare.domain.model.registry.CaseState;
import com.jialicare.domain.model.registry.ReportedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The auditors' cases from deaths and hukou moves reported from outside (docs/RULES.md §8.5): a county auditor
 * those of the county's queue, a city auditor every one; any other case is 404 {@code CASE_NOT_FOUND}.
 */
@ApplicationScoped
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

    @Inject
    private ReportedEventService events;

    /** A case: the reported event (ID number, day, kind, list reference, row), why it is a case, and its decision. */
    public record CaseView(
            long id,
            String idNumber,
            String kind,
            LocalDate date,
            String sourceRef,
            int sourceRow,
            String reason,
            String state,
            @Schema(nullable = true) String countyCode,
            @Schema(nullable = true) Long residentId,
            @Schema(nullable = true) Long stayId,
            String outcome,
            @Schema(nullable = true) String decision,
            @Schema(nullable = true) String comment,
            @Schema(nullable = true) String decidedBy,
            @Schema(nullable = true) Instant decidedAt,
            String importedBy,
            Instant importedAt) {

        static CaseView of(ReportedEvent e) {
            return new CaseView(
                    e.getId(),
                    e.getIdNumber(),
                    e.getKind().name(),
                    e.getEventDate(),
                    e.getSourceRef(),
                    e.getSourceRow(),
                    e.getCaseReason().name(),
                    e.getCaseState().name(),
                    e.getCountyCode(),
                    e.getResidentId(),
                    e.getStayId(),
                    e.getOutcome().name(),
                    e.getDecision() == null ? null : e.getDecision().name(),
                    e.getDecisionComment(),
                    e.getDecidedBy(),
                    e.getDecidedAt(),
                    e.getImportedBy(),
                    e.getImportedAt());
        }
    }

    /** {@code decision}: APPLY (performs the event if the records now allow it) or DISMISS (needs a comment). */
    public record DecisionRequest(
            String decision, @Schema(nullable = true) String comment) {}

    /** {@code GET /api/cases?state=OPEN|DECIDED&page&size}: newest first. */
    @GET
    public CareHomesResource.PageView<CaseView> list(
            @QueryParam("state") String state, @QueryParam("page") String page, @QueryParam("size") String size) {
        var p = events.cases(
                Params.enumValue(CaseState.class, state, "state"),
                Params.queryInt(page, "page", 0),
                Params.queryInt(size, "size", 20));
        return new CareHomesResource.PageView<>(
                p.page(),
                p.size(),
                p.total(),
                p.items().stream().map(CaseView::of).toList());
    }

    @GET
    @Path("{id}")
    public CaseView get(@PathParam("id") long id) {
        return CaseView.of(events.getCase(id));
    }

    /**
     * {@code POST /api/cases/{id}/decision} {@code {decision, comment}}: 409 {@code CASE_ALREADY_DECIDED}, or
     * {@code CASE_STILL_CONFLICTS} when APPLY finds the records still in conflict.
     */
    @POST
    @Path("{id}/decision")
    public CaseView decide(@PathParam("id") long id, DecisionRequest body) {
        Params.body(body);
        CaseDecision decision = Params.enumValue(CaseDecision.class, body.decision(), "decision");
        return CaseView.of(events.decide(id, decision, body.comment()));
    }
}
