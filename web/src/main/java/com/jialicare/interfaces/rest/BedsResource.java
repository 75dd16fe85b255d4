package com.jialicare.interfaces.rest;

import com.jialicare.application.subsidy.ConstructionHold;
import com.jialicare.domain.model.subsidy.Clawback;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bed by its id, across homes: {@code GET /api/beds/{id}/subsidy}, the bed's construction subsidy history
 * (docs/RULES.md §8.6): every application that claimed it, its payment, the end of its hold period and the
 * clawback due today. Whoever sees the bed's home sees it (RULES.md §7); otherwise 404 {@code BED_NOT_FOUND}.
 */
@ApplicationScoped
@Path("beds")
@Produces(MediaType.APPLICATION_JSON)
public class BedsResource {

    @Inject
    private ConstructionHold hold;

    /** A bed's construction subsidy history. */
    public record BedSubsidyView(
            long bedId,
            long careHomeId,
            String code,
            LocalDate commissionedOn,
            @JsonbNillable @Schema(nullable = true) LocalDate retiredOn,

            @Schema(description = "The server's date the clawback due is computed for")
            LocalDate today,

            @Schema(description = "Every application that froze a line for the bed, oldest first")
            List<ClaimView> claims,

            @JsonbNillable @Schema(nullable = true, description = "The payment and its hold period; null if never paid")
            PaidView paid) {

        static BedSubsidyView of(ConstructionHold.BedSubsidy s) {
            return new BedSubsidyView(
                    s.bedId(),
                    s.careHomeId(),
                    s.code(),
                    s.commissionedOn(),
                    s.retiredOn(),
                    s.today(),
                    s.claims().stream().map(ClaimView::of).toList(),
                    s.paid() == null ? null : PaidView.of(s.paid()));
        }
    }

    /** One application's line for the bed (its current revision). */
    public record ClaimView(
            long applicationId,

            @Schema(
                    enumeration = {
                        "DRAFT",
                        "SUBMITTED",
                        "COUNTY_APPROVED",
                        "PUBLIC_NOTICE",
                        "CITY_APPROVED",
                        "PAID",
                        "RETURNED",
                        "WITHDRAWN"
                    })
            String state,

            int revision,
            LocalDate asOf,
            boolean eligible,
            BigDecimal amount,
            @JsonbNillable @Schema(nullable = true) String reasonCode,
            @JsonbNillable @Schema(nullable = true) LocalDate paidOn) {

        static ClaimView of(ConstructionHold.BedClaim c) {
            return new ClaimView(
                    c.applicationId(),
                    c.state().name(),
                    c.revision(),
                    c.asOf(),
                    c.eligible(),
                    c.amount(),
                    c.reasonCode(),
                    c.paidOn());
        }
    }

    /** The payment for the bed and its hold period (§8.6). */
    public record PaidView(
            long applicationId,
            int lineNo,
            BigDecimal amount,
            LocalDate asOf,
            LocalDate paidOn,

            @Schema(
                    description = "The first day after the hold (paid on + hold months): a bed retired, or a home "
                            + "closed or made ineligible, before it is recovered")
            LocalDate heldUntil,

            int holdMonths,
            @Schema(enumeration = {"FULL", "PRORATA"}) String clawback,

            @Schema(description = "The policy version the hold months and clawback mode come from")
            int policyVersion,

            @JsonbNillable @Schema(nullable = true, description = "The clawback due today, or null")
            DueView due) {

        static PaidView of(ConstructionHold.HeldBed h) {
            return new PaidView(
                    h.applicationId(),
                    h.lineNo(),
                    h.amount(),
                    h.asOf(),
                    h.paidOn(),
                    h.heldUntil(),
                    h.holdMonths(),
                    h.clawback().name(),
                    h.policyVersion(),
                    h.due() == null ? null : DueView.of(h.due()));
        }
    }

    /** A clawback due (§8.6): the amount to recover and why. */
    public record DueView(
            @Schema(description = "Yuan to recover, positive")
            BigDecimal amount,

            @Schema(enumeration = {"BED_RETIRED", "HOME_CLOSED", "HOME_INELIGIBLE"})
            String trigger,

            LocalDate triggeredOn,

            @Schema(description = "Whole months of the hold left from the trigger day (from the payment day if before)")
            int monthsLeft) {

        static DueView of(Clawback c) {
            return new DueView(c.amount(), c.trigger().name(), c.triggeredOn(), c.monthsLeft());
        }
    }

    @GET
    @Path("{id}/subsidy")
    public BedSubsidyView subsidy(@PathParam("id") long id) {
        return BedSubsidyView.of(hold.ofBed(id));
    }
}
