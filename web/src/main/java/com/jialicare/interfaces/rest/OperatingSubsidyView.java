package com.jialicare.interfaces.rest;

import com.jialicare.domain.model.subsidy.OperatingLine;
import com.jialicare.domain.model.subsidy.OperatingResult;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A home's operating subsidy as API.md shows it: {@code {total, lines}}, one line per resident-month. */
@JsonbPropertyOrder({"total", "lines"})
public record OperatingSubsidyView(BigDecimal total, List<Line> lines) {

    static OperatingSubsidyView of(OperatingResult r, Locale locale) {
        return new OperatingSubsidyView(
                r.total(), r.lines().stream().map(l -> Line.of(l, locale)).toList());
    }

    /**
     * One resident-month; {@code month} is {@code YYYY-MM}, {@code level} the capability level 0 to 4;
     * {@code reasonCode} and {@code reason} are null (and present) on eligible lines.
     */
    @JsonbPropertyOrder({
        "residentId",
        "stayId",
        "month",
        "presentDays",
        "level",
        "eligible",
        "amount",
        "reasonCode",
        "reason",
        "policyVersion"
    })
    public record Line(
            long residentId,
            long stayId,
            String month,
            int presentDays,
            int level,
            boolean eligible,
            BigDecimal amount,
            @JsonbNillable @Schema(nullable = true) String reasonCode,
            @JsonbNillable @Schema(nullable = true) String reason,
            int policyVersion) {

        static Line of(OperatingLine l, Locale locale) {
            return new Line(
                    l.residentId(),
                    l.stayId(),
                    l.month().toString(),
                    l.presentDays(),
                    l.level().level(),
                    l.eligible(),
                    l.amount(),
                    l.reasonCode(),
                    l.reasonText(locale),
                    l.policyVersion());
        }
    }
}
