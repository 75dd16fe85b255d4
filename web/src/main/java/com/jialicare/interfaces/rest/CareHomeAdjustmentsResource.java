package com.jialicare.interfaces.rest;

import com.jialicare.application.subsidy.AdjustmentService;
import com.jialicare.domain.model.adjustment.AdjustmentState;
import com.jialicare.domain.model.application.ApplicationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/care-homes/{id}/adjustments?state=&kind=} (API.md "Money over time", RULES.md §8.4): the home's
 * back-pay and recovery adjustments. Home administrators their own home, auditors their scope; families and
 * anyone outside the scope 404 {@code CARE_HOME_NOT_FOUND}.
 */
@ApplicationScoped
@Path("care-homes/{id}/adjustments")
@Produces(MediaType.APPLICATION_JSON)
public class CareHomeAdjustmentsResource {

    @Inject
    private AdjustmentService adjustments;

    @Operation(
            summary = "A home's adjustments (back-pay 补发, recovery 追缴)",
            description = "Without state: the outstanding ones (what the home's next application of the kind will"
                    + " claim; computed now, id null) first, then those claimed and paid, newest first. RELEASED"
                    + " (claimed by an application since returned or withdrawn) only when asked for.")
    @APIResponse(
            responseCode = "200",
            description = "The adjustments",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AdjustmentView.class)))
    @GET
    public List<AdjustmentView> list(
            @PathParam("id") long id,
            @Parameter(
                            description = "OUTSTANDING, CLAIMED, PAID (or RELEASED)",
                            schema = @Schema(enumeration = {"OUTSTANDING", "CLAIMED", "PAID", "RELEASED"}))
                    @QueryParam("state")
                    String state,
            @Parameter(
                            description = "OPERATING or CONSTRUCTION",
                            schema = @Schema(enumeration = {"OPERATING", "CONSTRUCTION"}))
                    @QueryParam("kind")
                    String kind) {
        AdjustmentState s = Params.enumValue(AdjustmentState.class, state, "state");
        ApplicationKind k = Params.enumValue(ApplicationKind.class, kind, "kind");
        AdjustmentService.Listing found = adjustments.ofHome(id, s, k);
        return found.entries().stream()
                .map(e -> AdjustmentView.of(e, found.residentNames()))
                .toList();
    }
}
