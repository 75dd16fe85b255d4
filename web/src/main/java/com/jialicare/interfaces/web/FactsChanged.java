package com.jialicare.interfaces.web;

import com.jialicare.application.subsidy.RecomputationService.CauseRecord;
import com.jialicare.application.subsidy.RecomputationService.LineChange;
import com.jialicare.application.subsidy.RecomputationService.Recomputation;
import com.jialicare.domain.model.adjustment.Cause;
import com.jialicare.domain.model.application.ApplicationKind;
import com.jialicare.domain.model.application.ApplicationState;
import com.jialicare.domain.model.application.FrozenLine;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * "Facts changed since submission" (docs/RULES.md §8.3) as the review page shows it: the frozen and the current
 * totals of the claimed lines, and one row per line whose amount the facts as they are now no longer give — the
 * resident and month, or the bed; the old and new amount; why the new amount is what it is; and the change or
 * correction behind it (its action, who, when, and the record whose history tells more). Plain data: the page
 * writes the words ({@code formats.reason}, {@code formats.action}).
 */
public class FactsChanged implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One line that differs. {@code bed}: a construction line (label = bed code), else a resident-month
     * ({@code residentName}, {@code month}). {@code causeKind} … {@code causeEntityId} are null when no recorded
     * change explains the difference.
     */
    public record Row(
            int lineNo,
            boolean bed,
            String bedCode,
            String residentName,
            String month,
            BigDecimal frozenAmount,
            BigDecimal currentAmount,
            BigDecimal difference,
            String currentReasonCode,
            String causeKind,
            Long causeEventId,
            String causeActor,
            Instant causeAt,
            String causeEntityType,
            Long causeEntityId)
            implements Serializable {

        /** The resident and month, or the bed: what the auditor recognises the line by. */
        public String label() {
            return bed ? bedCode : month + " · " + residentName;
        }

        public boolean hasCause() {
            return causeKind != null;
        }

        /** Whether the cause's record can be linked to its history page. */
        public boolean hasCauseRecord() {
            return causeEntityType != null && causeEntityId != null;
        }
    }

    private final ApplicationKind kind;
    private final ApplicationState state;
    private final BigDecimal frozenTotal;
    private final BigDecimal currentTotal;
    private final BigDecimal difference;
    private final List<Row> rows;

    public FactsChanged(Recomputation r) {
        this.kind = r.application().getKind();
        this.state = r.application().getState();
        this.frozenTotal = r.frozenTotal();
        this.currentTotal = r.currentTotal();
        this.difference = r.difference();
        this.rows = r.lines().stream().map(c -> row(c, r)).toList();
    }

    private static Row row(LineChange c, Recomputation r) {
        FrozenLine l = c.line();
        Cause cause = c.cause();
        CauseRecord record = cause == null || cause.auditEventId() == null
                ? null
                : r.causeRecords().get(cause.auditEventId());
        boolean bed = l.getBedId() != null;
        return new Row(
                l.getLineNo(),
                bed,
                l.getBedCode(),
                bed ? null : r.residentNames().getOrDefault(l.getResidentId(), "#" + l.getResidentId()),
                bed ? null : YearMonth.from(l.getMonth()).toString(),
                l.getAmount(),
                c.currentAmount(),
                c.difference(),
                c.currentReasonCode(),
                cause == null ? null : cause.kind(),
                cause == null ? null : cause.auditEventId(),
                cause == null ? null : cause.actor(),
                cause == null ? null : cause.at(),
                record == null ? null : record.entityType(),
                record == null ? null : record.entityId());
    }

    /** Whether the panel is shown at all: only when some claimed line differs. */
    public boolean isShown() {
        return !rows.isEmpty();
    }

    /** Paid: every difference is owed, as a back-pay or a recovery on the home's next application of the kind. */
    public boolean isPaid() {
        return state == ApplicationState.PAID;
    }

    /** More is due than was frozen (a back-pay, 补发, once paid). */
    public boolean isMore() {
        return difference.signum() > 0;
    }

    /** Less is due than was frozen (a recovery, 追缴, once paid). */
    public boolean isLess() {
        return difference.signum() < 0;
    }

    /** The difference without its sign, for the sentence that names it a back-pay or a recovery. */
    public BigDecimal getAbsoluteDifference() {
        return difference.abs();
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public ApplicationState getState() {
        return state;
    }

    public BigDecimal getFrozenTotal() {
        return frozenTotal;
    }

    public BigDecimal getCurrentTotal() {
        return currentTotal;
    }

    public BigDecimal getDifference() {
        return difference;
    }

    public List<Row> getRows() {
        return rows;
    }
}
