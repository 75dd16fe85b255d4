package com.jialicare.interfaces.rest;

import com.jialicare.application.subsidy.AdjustmentService.Entry;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An adjustment of a home (API.md "Money over time", RULES.md §8.4): back-pay ({@code BACK_PAY}, amount positive)
 * or recovery ({@code RECOVERY}, negative) on the paid application {@code correctsApplicationId}'s line
 * {@code lineNo}. An outstanding one is computed from the facts when asked for and not stored: its {@code id} is
 * null. {@code applicationId}: the application that claimed it (missing while outstanding). Fields of the other
 * kind ({@code month}/{@code stayId}/{@code residentId} or {@code bedId}) are left out.
 */
@JsonbPropertyOrder({
    "id",
    "type",
    "kind",
    "amount",
    "correctsApplicationId",
    "lineNo",
    "month",
    "stayId",
    "residentId",
    "residentName",
    "bedId",
    "oldAmount",
    "newAmount",
    "cause",
    "state",
    "applicationId",
    "holdPeriod"
})
public record AdjustmentView(
        @JsonbNillable
        @Schema(nullable = true, description = "null for an outstanding adjustment (computed, not stored)")
        Long id,

        @Schema(enumeration = {"BACK_PAY", "RECOVERY"}) String type,
        @Schema(enumeration = {"OPERATING", "CONSTRUCTION"}) String kind,

        @Schema(description = "yuan; positive back-pay, negative recovery")
        BigDecimal amount,

        long correctsApplicationId,
        Integer lineNo,
        @Schema(description = "YYYY-MM (operating)") String month,
        Long stayId,
        Long residentId,
        String residentName,
        Long bedId,

        @Schema(description = "what was paid for the key: its line plus the adjustments already claimed")
        BigDecimal oldAmount,

        @Schema(description = "what the facts give now, under the policy table as it stood at freezing")
        BigDecimal newAmount,

        @JsonbNillable
        @Schema(nullable = true, description = "the change or correction behind it (null: none recorded)")
        Cause cause,

        @Schema(enumeration = {"OUTSTANDING", "CLAIMED", "PAID", "RELEASED"})
        String state,

        @Schema(description = "the application that claimed it; missing while outstanding")
        Long applicationId,

        @Schema(description = "a construction hold-period recovery (RULES.md §8.6)")
        boolean holdPeriod) {

    /** The audit event behind the difference: its action ({@code STAY_CORRECTED}, …) and id. */
    public record Cause(String kind, Long auditEventId) {}

    static AdjustmentView of(Entry e, Map<Long, String> residentNames) {
        return new AdjustmentView(
                e.id(),
                e.type().name(),
                e.kind().name(),
                e.amount(),
                e.correctsApplicationId(),
                e.lineNo(),
                e.month() == null ? null : e.month().toString(),
                e.stayId(),
                e.residentId(),
                e.residentId() == null ? null : residentNames.get(e.residentId()),
                e.bedId(),
                e.oldAmount(),
                e.newAmount(),
                e.causeKind() == null ? null : new Cause(e.causeKind(), e.causeAuditEventId()),
                e.state().name(),
                e.applicationId(),
                e.holdPeriod());
    }
}
