package com.jialicare.domain.model.policy;

import com.jialicare.domain.model.shared.BusinessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The city's policy versions; the version in force on a day is the one with the latest
 * {@code effectiveFrom} on or before it. Immutable; lookups are a binary search over the dates, so the
 * calculators can ask once per line.
 */
public final class PolicyTable {

    /** Code of the failure when a day is before every version. */
    public static final String NO_POLICY_IN_FORCE = "NO_POLICY_IN_FORCE";

    /** Ascending by effectiveFrom. */
    private final PolicyVersion[] byDate;

    private final long[] fromEpochDays;
    private final List<PolicyVersion> newestFirst;

    /**
     * @param versions at least one; effective dates and version numbers must be unique. Version numbers
     *                 need not rise with the dates: a correction may be given a later date than a version
     *                 numbered after it.
     */
    public PolicyTable(Collection<PolicyVersion> versions) {
        if (versions == null || versions.isEmpty()) {
            throw BusinessException.invalid(
                    PolicyVersion.INVALID, "versions", "The policy table needs at least one version");
        }
        Set<Integer> numbers = new HashSet<>();
        Set<LocalDate> dates = new HashSet<>();
        for (PolicyVersion v : versions) {
            if (v == null) {
                throw BusinessException.invalid(PolicyVersion.INVALID, "versions", "A policy version is null");
            }
            if (!numbers.add(v.version())) {
                throw BusinessException.invalid(
                        PolicyVersion.INVALID,
                        "version",
                        "Policy version number " + v.version() + " is used twice",
                        v.version());
            }
            if (!dates.add(v.effectiveFrom())) {
                throw BusinessException.invalid(
                        PolicyVersion.INVALID,
                        "effectiveFrom",
                        "Two policy versions take effect on " + v.effectiveFrom(),
                        v.effectiveFrom());
            }
        }
        this.byDate = versions.toArray(new PolicyVersion[0]);
        Arrays.sort(byDate, Comparator.comparing(PolicyVersion::effectiveFrom));
        this.fromEpochDays = new long[byDate.length];
        for (int i = 0; i < byDate.length; i++) {
            fromEpochDays[i] = byDate[i].effectiveFrom().toEpochDay();
        }
        List<PolicyVersion> reversed = new ArrayList<>(Arrays.asList(byDate));
        Collections.reverse(reversed);
        this.newestFirst = List.copyOf(reversed);
    }

    public static PolicyTable of(PolicyVersion... versions) {
        return new PolicyTable(versions == null ? List.of() : Arrays.asList(versions));
    }

    /** A table holding only {@link PolicyVersion#defaults()}. */
    public static PolicyTable defaults() {
        return of(PolicyVersion.defaults());
    }

    /**
     * The version in force on that day.
     *
     * @throws BusinessException {@value #NO_POLICY_IN_FORCE} if the day is before every version
     */
    public PolicyVersion inForceOn(LocalDate day) {
        return inForceOn(day, null);
    }

    /** As {@link #inForceOn(LocalDate)}, naming the request field the day came from in the failure. */
    public PolicyVersion inForceOn(LocalDate day, String field) {
        int i = indexOn(day);
        if (i < 0) {
            throw BusinessException.invalid(
                    NO_POLICY_IN_FORCE,
                    field,
                    "No subsidy policy was in force on " + day + "; the first took effect on "
                            + byDate[0].effectiveFrom(),
                    day,
                    byDate[0].effectiveFrom());
        }
        return byDate[i];
    }

    /** The version in force on that day, or empty if the day is before every version. */
    public Optional<PolicyVersion> findInForceOn(LocalDate day) {
        int i = indexOn(day);
        return i < 0 ? Optional.empty() : Optional.of(byDate[i]);
    }

    /** The version with that number, if any. */
    public Optional<PolicyVersion> version(int number) {
        for (PolicyVersion v : byDate) {
            if (v.version() == number) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Every version, newest (latest effective date) first. */
    public List<PolicyVersion> versions() {
        return newestFirst;
    }

    /** Index of the latest version effective on or before the day, or -1. */
    private int indexOn(LocalDate day) {
        if (day == null) {
            throw BusinessException.invalid("DATE_REQUIRED", null, "A day is required to look up the policy in force");
        }
        int i = Arrays.binarySearch(fromEpochDays, day.toEpochDay());
        return i >= 0 ? i : -i - 2; // insertion point - 1: the last date before the day
    }

    @Override
    public String toString() {
        return "PolicyTable" + newestFirst;
    }
}
