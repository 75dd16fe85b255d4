package com.jialicare.interfaces.web;

import com.jialicare.domain.model.subsidy.ExclusionReason;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lines of a subsidy on a page, with the user's filters (eligible or not, reason code) and the
 * figures the page shows: the lines' total, how many are eligible or excluded, and the sum of those shown.
 */
public class Lines implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Filter values of {@link #getEligibleFilter()}. */
    public static final String ALL = "", ELIGIBLE = "yes", EXCLUDED = "no";

    private final List<LineRow> all;
    private final BigDecimal total;
    private String eligibleFilter = ALL;
    private String reasonFilter = ALL;
    private String query = ALL;
    private List<LineRow> shown;

    /** {@code total} is the total the service gives (the application's or the computation's). */
    public Lines(List<LineRow> lines, BigDecimal total) {
        this.all = List.copyOf(lines);
        this.total = total;
        this.shown = this.all;
    }

    /** Lines with the sum of their eligible amounts as the total (a draft's preview). */
    public static Lines summed(List<LineRow> lines) {
        return new Lines(
                lines,
                lines.stream()
                        .filter(LineRow::eligible)
                        .map(LineRow::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .setScale(2));
    }

    public static Lines empty() {
        return new Lines(List.of(), new BigDecimal("0.00"));
    }

    private void refilter() {
        shown = all.stream()
                .filter(l -> eligibleFilter.isEmpty() || l.eligible() == ELIGIBLE.equals(eligibleFilter))
                .filter(l -> reasonFilter.isEmpty() || reasonFilter.equals(l.reasonCode()))
                .filter(this::found)
                .toList();
    }

    /**
     * Whether the search finds the line: its resident's name or its bed's code contains the term (case ignored).
     * The lines are the whole computed set of one subsidy, already here for the totals, so they are searched and
     * sorted here rather than in a query.
     */
    private boolean found(LineRow l) {
        if (query.isEmpty()) {
            return true;
        }
        String q = query.toLowerCase(java.util.Locale.ROOT);
        return (l.residentName() != null
                        && l.residentName().toLowerCase(java.util.Locale.ROOT).contains(q))
                || (l.bedCode() != null
                        && l.bedCode().toLowerCase(java.util.Locale.ROOT).contains(q));
    }

    public List<LineRow> getShown() {
        return shown;
    }

    public boolean isBeds() {
        return !all.isEmpty() && all.get(0).bed();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The reason codes present, in the order of the rules' lists. */
    public List<String> getReasonCodes() {
        Set<String> present =
                all.stream().map(LineRow::reasonCode).filter(c -> c != null).collect(Collectors.toSet());
        return Arrays.stream(ExclusionReason.values())
                .map(ExclusionReason::code)
                .filter(present::contains)
                .toList();
    }

    public BigDecimal getTotal() {
        return total;
    }

    public int getCount() {
        return all.size();
    }

    public long getEligibleCount() {
        return all.stream().filter(LineRow::eligible).count();
    }

    public long getExcludedCount() {
        return all.size() - getEligibleCount();
    }

    public int getShownCount() {
        return shown.size();
    }

    public BigDecimal getShownTotal() {
        return shown.stream()
                .map(LineRow::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }

    public String getEligibleFilter() {
        return eligibleFilter;
    }

    public void setEligibleFilter(String eligibleFilter) {
        this.eligibleFilter = eligibleFilter == null ? ALL : eligibleFilter;
        refilter();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? ALL : query.strip();
        refilter();
    }

    public String getReasonFilter() {
        return reasonFilter;
    }

    public void setReasonFilter(String reasonFilter) {
        this.reasonFilter = reasonFilter == null ? ALL : reasonFilter;
        refilter();
    }
}
