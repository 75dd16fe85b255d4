package com.jialicare.interfaces.web;

import com.jialicare.application.ApplicationService.Diff;
import com.jialicare.domain.model.application.FrozenLine;
import com.jialicare.domain.model.application.RevisionDiff;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What changed from revision N-1 to N (ApplicationService.diff), as the review page's "changes since
 * revision N-1" panel shows it: the totals and one row per line added, removed or changed.
 */
public class RevisionChanges implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A fact of a line that differs (field as the REST line names it). */
    public record Fact(String field, String before, String after) implements Serializable {}

    /** {@code kind}: ADDED, REMOVED or CHANGED; {@code label}: the month and resident, or the bed. */
    public record Row(
            String kind,
            String label,
            Integer lineNo,
            BigDecimal amountBefore,
            BigDecimal amountAfter,
            BigDecimal difference,
            List<Fact> facts)
            implements Serializable {}

    private final int fromRevision;
    private final int toRevision;
    private final BigDecimal totalBefore;
    private final BigDecimal totalAfter;
    private final BigDecimal totalDifference;
    private final int unchanged;
    private final List<Row> rows;

    public RevisionChanges(Diff d) {
        RevisionDiff r = d.diff();
        this.fromRevision = r.fromRevision();
        this.toRevision = r.toRevision();
        this.totalBefore = r.totalBefore();
        this.totalAfter = r.totalAfter();
        this.totalDifference = r.totalDifference();
        this.unchanged = r.unchanged();
        List<Row> all = new ArrayList<>();
        add(all, "ADDED", r.added(), d.residentNames());
        add(all, "REMOVED", r.removed(), d.residentNames());
        add(all, "CHANGED", r.changed(), d.residentNames());
        this.rows = List.copyOf(all);
    }

    private static void add(
            List<Row> rows, String kind, List<RevisionDiff.LineChange> changes, Map<Long, String> names) {
        for (RevisionDiff.LineChange c : changes) {
            FrozenLine l = c.line();
            String label = l.getBedId() != null
                    ? l.getBedCode()
                    : YearMonth.from(l.getMonth()) + " · "
                            + names.getOrDefault(l.getResidentId(), "#" + l.getResidentId());
            rows.add(new Row(
                    kind,
                    label,
                    l.getLineNo(),
                    c.amountBefore(),
                    c.amountAfter(),
                    c.difference(),
                    c.facts().stream()
                            .map(f -> new Fact(f.getField(), f.getBefore(), f.getAfter()))
                            .toList()));
        }
    }

    public int getFromRevision() {
        return fromRevision;
    }

    public int getToRevision() {
        return toRevision;
    }

    public BigDecimal getTotalBefore() {
        return totalBefore;
    }

    public BigDecimal getTotalAfter() {
        return totalAfter;
    }

    public BigDecimal getTotalDifference() {
        return totalDifference;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public List<Row> getRows() {
        return rows;
    }
}
