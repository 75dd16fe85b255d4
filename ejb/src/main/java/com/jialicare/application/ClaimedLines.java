package com.jialicare.application;

import com.jialicare.domain.model.subsidy.ResidentMonth;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What is "already claimed" (SUBSIDY-RULES.md §3.3, §4.6): the beds and resident-months that are in an
 * application submitted and not returned. The subsidy computations ask here and exclude those lines
 * with {@code ALREADY_CLAIMED}.
 * <p>
 * <b>For now nothing is ever claimed: every method returns empty sets.</b> Applications (issue: the
 * application workflow) do not exist yet; when their tables come, the applications developer replaces
 * the bodies of the two bulk methods ({@link #claimedBedIds(Collection)} and
 * {@link #claimedMonths(Collection, YearMonth, YearMonth)}), each with one query over all the homes
 * asked for; the per-home methods delegate to them. They run inside the caller's transaction.
 */
@ApplicationScoped
public class ClaimedLines {

    /** Beds of that home in an application submitted and not returned. */
    public Set<Long> claimedBedIds(long careHomeId) {
        return claimedBedIds(Set.of(careHomeId)).getOrDefault(careHomeId, Set.of());
    }

    /** Resident-months of that home's stays, in the range, in an application submitted and not returned. */
    public Set<ResidentMonth> claimedMonths(long careHomeId, YearMonth from, YearMonth to) {
        return claimedMonths(Set.of(careHomeId), from, to).getOrDefault(careHomeId, Set.of());
    }

    /**
     * As {@link #claimedBedIds(long)} for many homes at once (the city-wide preview), by home id; a home
     * with nothing claimed may be missing from the map.
     */
    public Map<Long, Set<Long>> claimedBedIds(Collection<Long> careHomeIds) {
        return Map.of(); // no applications yet
    }

    /**
     * As {@link #claimedMonths(long, YearMonth, YearMonth)} for many homes at once, by home id; a home with
     * nothing claimed may be missing from the map.
     */
    public Map<Long, Set<ResidentMonth>> claimedMonths(Collection<Long> careHomeIds, YearMonth from, YearMonth to) {
        return Map.of(); // no applications yet
    }
}
