package com.jialicare.interfaces.rest;

import com.jialicare.application.ApplicationService.Diff;
import com.jialicare.domain.model.application.FrozenLine;
import com.jialicare.domain.model.application.RevisionDiff;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/applications/{id}/revisions/{n}/diff}: what changed from revision {@code fromRevision}
 * (n-1) to {@code toRevision} (n). Lines are matched by their key ({@code bed:<bedId>}, or
 * {@code stay:<stayId>:<YYYY-MM>}); {@code added} are only in n, {@code removed} only in n-1, {@code changed}
 * in both with another amount or other facts ({@code facts}: field, before, after, by the names of a line's
 * fields: presentDays, level, eligible, reasonCode, policyVersion, bedCode, commissionedOn, residentId).
 * Amounts count only eligible lines (an excluded line counts 0.00); {@code difference} = after − before, and
 * {@code totalDifference} = {@code totalAfter − totalBefore}, to the fen. {@code unchanged}: how many lines
 * are the same.
 */
public record RevisionDiffView(
        long applicationId,
        int fromRevision,
        int toRevision,
        BigDecimal totalBefore,
        BigDecimal totalAfter,
        BigDecimal totalDifference,
        int unchanged,
        List<LineChange> added,
        List<LineChange> removed,
        List<LineChange> changed) {

    /** One line's change; {@code lineNoBefore}/{@code lineNoAfter} are missing for an added/removed line. */
    public record LineChange(
            String key,
            Integer lineNoBefore,
            Integer lineNoAfter,
            Long bedId,
            String bedCode,
            Long stayId,
            Long residentId,
            String residentName,
            String month,
            BigDecimal amountBefore,
            BigDecimal amountAfter,
            BigDecimal difference,
            List<Fact> facts) {}

    /** A fact that differs; {@code before} or {@code after} is missing when it had no value. */
    public record Fact(String field, String before, String after) {}

    static RevisionDiffView of(Diff d) {
        RevisionDiff r = d.diff();
        return new RevisionDiffView(
                d.application().getId(),
                r.fromRevision(),
                r.toRevision(),
                r.totalBefore(),
                r.totalAfter(),
                r.totalDifference(),
                r.unchanged(),
                changes(r.added(), d.residentNames()),
                changes(r.removed(), d.residentNames()),
                changes(r.changed(), d.residentNames()));
    }

    private static List<LineChange> changes(List<RevisionDiff.LineChange> changes, Map<Long, String> names) {
        return changes.stream()
                .map(c -> {
                    FrozenLine l = c.line();
                    return new LineChange(
                            c.key(),
                            c.before() == null ? null : c.before().getLineNo(),
                            c.after() == null ? null : c.after().getLineNo(),
                            l.getBedId(),
                            l.getBedCode(),
                            l.getStayId(),
                            l.getResidentId(),
                            l.getResidentId() == null ? null : names.get(l.getResidentId()),
                            l.getMonth() == null
                                    ? null
                                    : YearMonth.from(l.getMonth()).toString(),
                            c.amountBefore(),
                            c.amountAfter(),
                            c.difference(),
                            c.facts().stream()
                                    .map(f -> new Fact(f.getField(), f.getBefore(), f.getAfter()))
                                    .toList());
                })
                .toList();
    }
}
