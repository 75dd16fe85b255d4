package com.jialicare.interfaces.rest;

import com.jialicare.application.subsidy.RecomputationService;
import com.jialicare.application.subsidy.RecomputationService.CauseRecord;
import com.jialicare.application.subsidy.RecomputationService.LineChange;
import com.jialicare.application.subsidy.RecomputationService.Recomputation;
import com.jialicare.domain.model.adjustment.Cause;
import com.jialicare.domain.model.application.FrozenLine;
import com.jialicare.domain.model.subsidy.ExclusionReason;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /api/applications/{id}/recomputation} (docs/RULES.md §8.3): the claimed lines of the application's
 * current revision recomputed from the facts as they are now, under the policy table as it stood at freezing.
 * {@code frozenTotal} and {@code currentTotal} sum every claimed line; {@code difference} = current − frozen;
 * {@code lines} lists only the lines that differ, each with what the facts now give, why
 * ({@code currentReasonCode}, {@code NOT_IN_FACTS} when the facts no longer give the line at all) and the newest
 * change or correction behind it ({@code cause}; {@code null} when no recorded one explains it). On a {@code PAID}
 * application a difference is owed (back-pay or recovery on the home's next application of the same kind).
 */
@JsonbPropertyOrder({"applicationId", "kind", "state", "revision", "frozenTotal", "currentTotal", "difference", "lines"
})
public record RecomputationView(
        long applicationId,
        String kind,
        String state,
        int revision,
        BigDecimal frozenTotal,
        BigDecimal currentTotal,
        BigDecimal difference,
        List<Line> lines) {

    /** The words of {@link RecomputationService#NOT_IN_FACTS}, in Chinese and English. */
    static final String NOT_IN_FACTS_ZH = "现有事实已不含此项（该月不在入住期内，或床位在申报日未投入使用）";

    static final String NOT_IN_FACTS_EN =
            "The facts no longer give this line (the month is outside the stay, or the bed was not in service on the"
                    + " as-of date)";

    /**
     * One claimed line that differs; fields of the other kind (bed or resident-month) are left out.
     * {@code currentReason} is {@code currentReasonCode} in the request's language.
     */
    public record Line(
            int lineNo,
            Long bedId,
            String bedCode,
            Long residentId,
            String residentName,
            Long stayId,
            String month,
            BigDecimal frozenAmount,
            BigDecimal currentAmount,
            BigDecimal difference,
            @JsonbNillable @Schema(nullable = true) String currentReasonCode,
            @JsonbNillable @Schema(nullable = true) String currentReason,

            @JsonbNillable
            @Schema(
                    nullable = true,
                    description = "The newest change or correction since the submission on the line's records; "
                            + "null when none recorded explains the difference")
            CauseView cause) {}

    /**
     * The change or correction behind a difference: its audit action ({@code kind}, e.g. {@code STAY_CORRECTED},
     * {@code HUKOU_CHANGED}, {@code BED_CORRECTED}), the audit event ({@code GET /api/audit}), who and when, and the
     * record it changed ({@code entityType}, {@code entityId}: that record's history).
     */
    public record CauseView(
            String kind, long auditEventId, String actor, OffsetDateTime at, String entityType, Long entityId) {}

    static RecomputationView of(Recomputation r, Locale locale) {
        return new RecomputationView(
                r.application().getId(),
                r.application().getKind().name(),
                r.application().getState().name(),
                r.revision(),
                r.frozenTotal(),
                r.currentTotal(),
                r.difference(),
                r.lines().stream()
                        .map(c -> line(c, r.residentNames(), r.causeRecords(), locale))
                        .toList());
    }

    private static Line line(LineChange c, Map<Long, String> names, Map<Long, CauseRecord> records, Locale locale) {
        FrozenLine l = c.line();
        return new Line(
                l.getLineNo(),
                l.getBedId(),
                l.getBedCode(),
                l.getResidentId(),
                l.getResidentId() == null ? null : names.get(l.getResidentId()),
                l.getStayId(),
                l.getMonth() == null ? null : YearMonth.from(l.getMonth()).toString(),
                l.getAmount(),
                c.currentAmount(),
                c.difference(),
                c.currentReasonCode(),
                reason(c.currentReasonCode(), locale),
                cause(c.cause(), records));
    }

    private static CauseView cause(Cause c, Map<Long, CauseRecord> records) {
        if (c == null || c.auditEventId() == null) {
            return null;
        }
        CauseRecord r = records.get(c.auditEventId());
        return new CauseView(
                c.kind(),
                c.auditEventId(),
                c.actor(),
                ApplicationView.at(c.at()),
                r == null ? null : r.entityType(),
                r == null ? null : r.entityId());
    }

    /** The readable reason of a current reason code in the locale's language; null for none. */
    static String reason(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        if (RecomputationService.NOT_IN_FACTS.equals(code)) {
            return zh ? NOT_IN_FACTS_ZH : NOT_IN_FACTS_EN;
        }
        try {
            return ExclusionReason.valueOf(code).reason(locale);
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
