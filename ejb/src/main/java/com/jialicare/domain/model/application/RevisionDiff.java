package com.jialicare.domain.model.application;

import com.jialicare.domain.model.audit.FieldChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two frozen revisions of an application (docs/RULES.md §6: a returned application is
 * corrected and submitted again as a new revision), for the auditor: the lines added, removed and changed,
 * matched by their key (the bed, or the stay and month), and the difference of the totals (the sums of the
 * eligible lines), to the fen. A changed line names the facts that differ (present days, level, eligibility,
 * reason, policy version, bed code, commissioning day) by the REST field names of a line.
 *
 * @param before     revision N-1's lines
 * @param after      revision N's lines
 * @param unchanged  how many lines are the same in both
 */
public record RevisionDiff(
        int fromRevision,
        int toRevision,
        BigDecimal totalBefore,
        BigDecimal totalAfter,
        BigDecimal totalDifference,
        List<LineChange> added,
        List<LineChange> removed,
        List<LineChange> changed,
        int unchanged) {

    /**
     * One line's change; {@code before} is null for an added line, {@code after} for a removed one. The
     * amounts are the lines' amounts (zero when not eligible) and {@code difference} is after − before.
     */
    public record LineChange(
            String key,
            FrozenLine before,
            FrozenLine after,
            BigDecimal amountBefore,
            BigDecimal amountAfter,
            BigDecimal difference,
            List<FieldChange> facts) {

        /** The line in the newer revision, or in the older one if it was removed. */
        public FrozenLine line() {
            return after != null ? after : before;
        }
    }

    public static RevisionDiff between(
            int fromRevision, List<FrozenLine> before, int toRevision, List<FrozenLine> after) {
        Map<String, FrozenLine> old = byKey(before);
        Map<String, FrozenLine> now = byKey(after);
        List<LineChange> added = new ArrayList<>();
        List<LineChange> removed = new ArrayList<>();
        List<LineChange> changed = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, FrozenLine> e : now.entrySet()) {
            FrozenLine was = old.get(e.getKey());
            FrozenLine is = e.getValue();
            if (was == null) {
                added.add(change(e.getKey(), null, is, List.of()));
                continue;
            }
            List<FieldChange> facts = facts(was, is);
            if (facts.isEmpty() && amount(was).compareTo(amount(is)) == 0) {
                unchanged++;
            } else {
                changed.add(change(e.getKey(), was, is, facts));
            }
        }
        for (Map.Entry<String, FrozenLine> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                removed.add(change(e.getKey(), e.getValue(), null, List.of()));
            }
        }
        BigDecimal totalBefore = total(before);
        BigDecimal totalAfter = total(after);
        return new RevisionDiff(
                fromRevision,
                toRevision,
                totalBefore,
                totalAfter,
                totalAfter.subtract(totalBefore),
                List.copyOf(added),
                List.copyOf(removed),
                List.copyOf(changed),
                unchanged);
    }

    /** The sum of the eligible lines' amounts, to the fen. */
    public static BigDecimal total(List<FrozenLine> lines) {
        return lines.stream()
                .filter(FrozenLine::isEligible)
                .map(FrozenLine::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    /** A line's key: {@code bed:<bedId>} or {@code stay:<stayId>:<yyyy-MM>}. */
    public static String key(FrozenLine l) {
        return l.getBedId() != null
                ? "bed:" + l.getBedId()
                : "stay:" + l.getStayId() + ":" + java.time.YearMonth.from(l.getMonth());
    }

    private static Map<String, FrozenLine> byKey(List<FrozenLine> lines) {
        Map<String, FrozenLine> map = new LinkedHashMap<>();
        for (FrozenLine l : lines) {
            map.putIfAbsent(key(l), l);
        }
        return map;
    }

    private static LineChange change(String key, FrozenLine before, FrozenLine after, List<FieldChange> facts) {
        BigDecimal b = before == null ? BigDecimal.ZERO.setScale(2) : amount(before);
        BigDecimal a = after == null ? BigDecimal.ZERO.setScale(2) : amount(after);
        return new LineChange(key, before, after, b, a, a.subtract(b), List.copyOf(facts));
    }

    private static BigDecimal amount(FrozenLine l) {
        return (l.isEligible() ? l.getAmount() : BigDecimal.ZERO).setScale(2);
    }

    private static List<FieldChange> facts(FrozenLine was, FrozenLine is) {
        List<FieldChange> facts = new ArrayList<>();
        compare(facts, "bedCode", was.getBedCode(), is.getBedCode());
        compare(facts, "commissionedOn", was.getCommissionedOn(), is.getCommissionedOn());
        compare(facts, "residentId", was.getResidentId(), is.getResidentId());
        compare(facts, "presentDays", was.getPresentDays(), is.getPresentDays());
        compare(facts, "level", was.getCareLevel(), is.getCareLevel());
        compare(facts, "eligible", was.isEligible(), is.isEligible());
        compare(facts, "reasonCode", was.getReasonCode(), is.getReasonCode());
        compare(facts, "policyVersion", was.getPolicyVersion(), is.getPolicyVersion());
        return facts;
    }

    private static void compare(List<FieldChange> facts, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            facts.add(FieldChange.of(field, before, after));
        }
    }
}
