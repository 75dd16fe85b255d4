package com.jialicare.interfaces.rest;

import com.jialicare.domain.model.subsidy.ConstructionLine;
import com.jialicare.domain.model.subsidy.ConstructionResult;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A home's construction subsidy as API.md shows it: {@code {total, policyVersion, lines}}. Each line also
 * names the policy version whose rate gave its amount (the one in force on the commissioning day), which
 * may differ from the top-level version whose conditions were applied.
 */
@JsonbPropertyOrder({"total", "policyVersion", "lines"})
public record ConstructionSubsidyView(BigDecimal total, int policyVersion, List<Line> lines) {

    static ConstructionSubsidyView of(ConstructionResult r, Locale locale) {
        return new ConstructionSubsidyView(
                r.total(),
                r.policyVersion(),
                r.lines().stream().map(l -> Line.of(l, locale)).toList());
    }

    /** One bed; {@code reasonCode} and {@code reason} are null (and present) on eligible lines. */
    @JsonbPropertyOrder({
        "bedId",
        "bedCode",
        "commissionedOn",
        "eligible",
        "amount",
        "reasonCode",
        "reason",
        "policyVersion"
    })
    public record Line(
            long bedId,
            String bedCode,
            LocalDate commissionedOn,
            boolean eligible,
            BigDecimal amount,
            @JsonbNillable @Schema(nullable = true) String reasonCode,
            @JsonbNillable @Schema(nullable = true) String reason,
            int policyVersion) {

        static Line of(ConstructionLine l, Locale locale) {
            return new Line(
                    l.bedId(),
                    l.bedCode(),
                    l.commissionedOn(),
                    l.eligible(),
                    l.amount(),
                    l.reasonCode(),
                    l.reasonText(locale),
                    l.policyVersion());
        }
    }
}
