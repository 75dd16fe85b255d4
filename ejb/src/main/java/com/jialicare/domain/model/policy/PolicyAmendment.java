package com.jialicare.domain.model.policy;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.Ownership;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What the administrator changes with a new policy version: the day it takes effect and the parameters
 * that differ. Every parameter left {@code null} carries over from the version in force before that day
 * (API.md, Policy); {@link #operatingMonthlyRates()} may name only the levels whose rate changes.
 */
public record PolicyAmendment(
        LocalDate effectiveFrom,
        BigDecimal constructionRatePerBed,
        Map<CapabilityLevel, BigDecimal> operatingMonthlyRates,
        Set<Ownership> constructionOwnerships,
        Set<Ownership> operatingOwnerships,
        Integer minOperatingMonths,
        Integer minLeaseYears,
        LocalDate bedPolicyStartDate,
        String localHukouPrefix,
        Integer minAge,
        Integer minStayMonths,
        Integer minDaysPresent,
        Integer noticeDays,
        Integer constructionHoldMonths,
        ClawbackMode constructionClawback) {

    /** An amendment that leaves the hold period (§8.6) as it was. */
    public PolicyAmendment(
            LocalDate effectiveFrom,
            BigDecimal constructionRatePerBed,
            Map<CapabilityLevel, BigDecimal> operatingMonthlyRates,
            Set<Ownership> constructionOwnerships,
            Set<Ownership> operatingOwnerships,
            Integer minOperatingMonths,
            Integer minLeaseYears,
            LocalDate bedPolicyStartDate,
            String localHukouPrefix,
            Integer minAge,
            Integer minStayMonths,
            Integer minDaysPresent,
            Integer noticeDays) {
        this(
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
                null,
                null);
    }

    public PolicyAmendment {
        if (effectiveFrom == null) {
            throw BusinessException.invalid(
                    PolicyVersion.INVALID,
                    "effectiveFrom",
                    "effectiveFrom is required: the day the new version takes effect");
        }
        Map<CapabilityLevel, BigDecimal> rates = new EnumMap<>(CapabilityLevel.class);
        if (operatingMonthlyRates != null) {
            operatingMonthlyRates.forEach((level, rate) -> {
                if (level == null || rate == null) {
                    throw BusinessException.invalid(
                            PolicyVersion.INVALID,
                            "operatingMonthlyRates",
                            "Each operating monthly rate needs its capability level (0 to 4) and an amount");
                }
                rates.put(level, rate);
            });
        }
        operatingMonthlyRates = Collections.unmodifiableMap(rates);
    }

    /** Only the day: a new version equal to the one before it. */
    public static PolicyAmendment from(LocalDate effectiveFrom) {
        return new PolicyAmendment(
                effectiveFrom, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The new version: numbered {@code version}, this amendment's values where given and {@code before}'s
     * elsewhere. Validated by the {@link PolicyVersion} constructor (400 {@value PolicyVersion#INVALID}).
     *
     * @param before the version in force before {@link #effectiveFrom()}
     */
    public PolicyVersion applyTo(PolicyVersion before, int version) {
        Map<CapabilityLevel, BigDecimal> rates = new EnumMap<>(before.operatingMonthlyRates());
        rates.putAll(operatingMonthlyRates);
        return new PolicyVersion(
                version,
                effectiveFrom,
                or(constructionRatePerBed, before.constructionRatePerBed()),
                rates,
                or(constructionOwnerships, before.constructionOwnerships()),
                or(operatingOwnerships, before.operatingOwnerships()),
                or(minOperatingMonths, before.minOperatingMonths()),
                or(minLeaseYears, before.minLeaseYears()),
                or(bedPolicyStartDate, before.bedPolicyStartDate()),
                or(localHukouPrefix, before.localHukouPrefix()),
                or(minAge, before.minAge()),
                or(minStayMonths, before.minStayMonths()),
                or(minDaysPresent, before.minDaysPresent()),
                or(noticeDays, before.noticeDays()),
                or(constructionHoldMonths, before.constructionHoldMonths()),
                or(constructionClawback, before.constructionClawback()));
    }

    private static <T> T or(T given, T before) {
        return given != null ? given : before;
    }
}
