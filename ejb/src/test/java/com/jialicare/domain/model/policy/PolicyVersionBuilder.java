package com.jialicare.domain.model.policy;

import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.Ownership;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Test helper: a policy version that differs from the defaults only where a test says so. */
public final class PolicyVersionBuilder {

    private int version;
    private LocalDate effectiveFrom;
    private BigDecimal constructionRatePerBed;
    private Map<CapabilityLevel, BigDecimal> operatingMonthlyRates;
    private Set<Ownership> constructionOwnerships;
    private Set<Ownership> operatingOwnerships;
    private int minOperatingMonths;
    private int minLeaseYears;
    private LocalDate bedPolicyStartDate;
    private String localHukouPrefix;
    private int minAge;
    private int minStayMonths;
    private int minDaysPresent;
    private int noticeDays;
    private int constructionHoldMonths;
    private ClawbackMode constructionClawback;

    private PolicyVersionBuilder(PolicyVersion p) {
        version = p.version();
        effectiveFrom = p.effectiveFrom();
        constructionRatePerBed = p.constructionRatePerBed();
        operatingMonthlyRates = new HashMap<>(p.operatingMonthlyRates());
        constructionOwnerships = EnumSet.copyOf(p.constructionOwnerships());
        operatingOwnerships = EnumSet.copyOf(p.operatingOwnerships());
        minOperatingMonths = p.minOperatingMonths();
        minLeaseYears = p.minLeaseYears();
        bedPolicyStartDate = p.bedPolicyStartDate();
        localHukouPrefix = p.localHukouPrefix();
        minAge = p.minAge();
        minStayMonths = p.minStayMonths();
        minDaysPresent = p.minDaysPresent();
        noticeDays = p.noticeDays();
        constructionHoldMonths = p.constructionHoldMonths();
        constructionClawback = p.constructionClawback();
    }

    /** Starts from {@link PolicyVersion#defaults()}. */
    public static PolicyVersionBuilder defaults() {
        return new PolicyVersionBuilder(PolicyVersion.defaults());
    }

    /** The defaults as another version from another day. */
    public static PolicyVersionBuilder version(int version, String effectiveFrom) {
        return defaults().version(version).effectiveFrom(effectiveFrom);
    }

    public PolicyVersionBuilder version(int v) {
        version = v;
        return this;
    }

    public PolicyVersionBuilder effectiveFrom(String day) {
        effectiveFrom = day == null ? null : LocalDate.parse(day);
        return this;
    }

    public PolicyVersionBuilder constructionRate(String yuan) {
        constructionRatePerBed = yuan == null ? null : new BigDecimal(yuan);
        return this;
    }

    /** Rates for levels 0 to 4. */
    public PolicyVersionBuilder rates(String l0, String l1, String l2, String l3, String l4) {
        Map<CapabilityLevel, BigDecimal> m = new EnumMap<>(CapabilityLevel.class);
        String[] given = {l0, l1, l2, l3, l4};
        for (int i = 0; i < given.length; i++) {
            m.put(CapabilityLevel.of(i), new BigDecimal(given[i]));
        }
        operatingMonthlyRates = m;
        return this;
    }

    public PolicyVersionBuilder rates(Map<CapabilityLevel, BigDecimal> rates) {
        operatingMonthlyRates = rates;
        return this;
    }

    public PolicyVersionBuilder constructionOwnerships(Ownership... o) {
        constructionOwnerships = o.length == 0 ? EnumSet.noneOf(Ownership.class) : EnumSet.copyOf(Arrays.asList(o));
        return this;
    }

    public PolicyVersionBuilder constructionOwnerships(Set<Ownership> o) {
        constructionOwnerships = o;
        return this;
    }

    public PolicyVersionBuilder operatingOwnerships(Ownership... o) {
        operatingOwnerships = o.length == 0 ? EnumSet.noneOf(Ownership.class) : EnumSet.copyOf(Arrays.asList(o));
        return this;
    }

    public PolicyVersionBuilder minOperatingMonths(int v) {
        minOperatingMonths = v;
        return this;
    }

    public PolicyVersionBuilder minLeaseYears(int v) {
        minLeaseYears = v;
        return this;
    }

    public PolicyVersionBuilder bedPolicyStartDate(String day) {
        bedPolicyStartDate = day == null ? null : LocalDate.parse(day);
        return this;
    }

    public PolicyVersionBuilder localHukouPrefix(String v) {
        localHukouPrefix = v;
        return this;
    }

    public PolicyVersionBuilder minAge(int v) {
        minAge = v;
        return this;
    }

    public PolicyVersionBuilder minStayMonths(int v) {
        minStayMonths = v;
        return this;
    }

    public PolicyVersionBuilder minDaysPresent(int v) {
        minDaysPresent = v;
        return this;
    }

    public PolicyVersionBuilder noticeDays(int v) {
        noticeDays = v;
        return this;
    }

    public PolicyVersionBuilder constructionHoldMonths(int v) {
        constructionHoldMonths = v;
        return this;
    }

    public PolicyVersionBuilder constructionClawback(ClawbackMode v) {
        constructionClawback = v;
        return this;
    }

    public PolicyVersion build() {
        return new PolicyVersion(
                version,
                effectiveFrom,
                constructionRatePerBed,
                operatingMonthlyRates,
                constructionOwnerships,
                operatingOwnerships,
                minOperatingMonths,
                minLeaseYears,
                bedPolicyStartDate,
                localHukouPrefix,
                minAge,
                minStayMonths,
                minDaysPresent,
                noticeDays,
                constructionHoldMonths,
                constructionClawback);
    }
}
