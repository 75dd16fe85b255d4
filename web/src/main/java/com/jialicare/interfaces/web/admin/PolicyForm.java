package com.jialicare.interfaces.web.admin;

import com.jialicare.domain.model.policy.ClawbackMode;
import com.jialicare.domain.model.policy.PolicyAmendment;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.Ownership;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The form for a new policy version: the day it takes effect and any parameter that changes. A field left
 * empty (or, for ownerships, nothing ticked) carries over from the version before; PolicyAmendment and
 * PolicyService do the rest.
 */
public class PolicyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate effectiveFrom;
    private BigDecimal constructionRatePerBed;
    private final BigDecimal[] rates = new BigDecimal[CapabilityLevel.values().length];
    private Ownership[] constructionOwnerships;
    private Ownership[] operatingOwnerships;
    private Integer minOperatingMonths;
    private Integer minLeaseYears;
    private LocalDate bedPolicyStartDate;
    private String localHukouPrefix;
    private Integer minAge;
    private Integer minStayMonths;
    private Integer minDaysPresent;
    private Integer noticeDays;
    private Integer constructionHoldMonths;
    private ClawbackMode constructionClawback;

    /** The amendment this form asks for; 400 {@code POLICY_INVALID} without an effective date. */
    public PolicyAmendment toAmendment() {
        Map<CapabilityLevel, BigDecimal> monthly = new EnumMap<>(CapabilityLevel.class);
        for (CapabilityLevel level : CapabilityLevel.values()) {
            if (rates[level.level()] != null) {
                monthly.put(level, rates[level.level()]);
            }
        }
        return new PolicyAmendment(
                effectiveFrom,
                constructionRatePerBed,
                monthly,
                set(constructionOwnerships),
                set(operatingOwnerships),
                minOperatingMonths,
                minLeaseYears,
                bedPolicyStartDate,
                blankToNull(localHukouPrefix),
                minAge,
                minStayMonths,
                minDaysPresent,
                noticeDays,
                constructionHoldMonths,
                constructionClawback);
    }

    private static Set<Ownership> set(Ownership[] ticked) {
        if (ticked == null || ticked.length == 0) {
            return null;
        }
        Set<Ownership> set = EnumSet.noneOf(Ownership.class);
        set.addAll(Arrays.asList(ticked));
        return set;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public BigDecimal getConstructionRatePerBed() {
        return constructionRatePerBed;
    }

    public void setConstructionRatePerBed(BigDecimal constructionRatePerBed) {
        this.constructionRatePerBed = constructionRatePerBed;
    }

    public BigDecimal getRate0() {
        return rates[0];
    }

    public void setRate0(BigDecimal rate) {
        rates[0] = rate;
    }

    public BigDecimal getRate1() {
        return rates[1];
    }

    public void setRate1(BigDecimal rate) {
        rates[1] = rate;
    }

    public BigDecimal getRate2() {
        return rates[2];
    }

    public void setRate2(BigDecimal rate) {
        rates[2] = rate;
    }

    public BigDecimal getRate3() {
        return rates[3];
    }

    public void setRate3(BigDecimal rate) {
        rates[3] = rate;
    }

    public BigDecimal getRate4() {
        return rates[4];
    }

    public void setRate4(BigDecimal rate) {
        rates[4] = rate;
    }

    public Ownership[] getConstructionOwnerships() {
        return constructionOwnerships;
    }

    public void setConstructionOwnerships(Ownership[] constructionOwnerships) {
        this.constructionOwnerships = constructionOwnerships;
    }

    public Ownership[] getOperatingOwnerships() {
        return operatingOwnerships;
    }

    public void setOperatingOwnerships(Ownership[] operatingOwnerships) {
        this.operatingOwnerships = operatingOwnerships;
    }

    public Integer getMinOperatingMonths() {
        return minOperatingMonths;
    }

    public void setMinOperatingMonths(Integer minOperatingMonths) {
        this.minOperatingMonths = minOperatingMonths;
    }

    public Integer getMinLeaseYears() {
        return minLeaseYears;
    }

    public void setMinLeaseYears(Integer minLeaseYears) {
        this.minLeaseYears = minLeaseYears;
    }

    public LocalDate getBedPolicyStartDate() {
        return bedPolicyStartDate;
    }

    public void setBedPolicyStartDate(LocalDate bedPolicyStartDate) {
        this.bedPolicyStartDate = bedPolicyStartDate;
    }

    public String getLocalHukouPrefix() {
        return localHukouPrefix;
    }

    public void setLocalHukouPrefix(String localHukouPrefix) {
        this.localHukouPrefix = localHukouPrefix;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMinStayMonths() {
        return minStayMonths;
    }

    public void setMinStayMonths(Integer minStayMonths) {
        this.minStayMonths = minStayMonths;
    }

    public Integer getMinDaysPresent() {
        return minDaysPresent;
    }

    public void setMinDaysPresent(Integer minDaysPresent) {
        this.minDaysPresent = minDaysPresent;
    }

    public Integer getNoticeDays() {
        return noticeDays;
    }

    public void setNoticeDays(Integer noticeDays) {
        this.noticeDays = noticeDays;
    }

    public Integer getConstructionHoldMonths() {
        return constructionHoldMonths;
    }

    public void setConstructionHoldMonths(Integer constructionHoldMonths) {
        this.constructionHoldMonths = constructionHoldMonths;
    }

    public ClawbackMode getConstructionClawback() {
        return constructionClawback;
    }

    public void setConstructionClawback(ClawbackMode constructionClawback) {
        this.constructionClawback = constructionClawback;
    }

    /** The clawback modes to choose from (docs/RULES.md §8.6); none chosen carries over. */
    public ClawbackMode[] getClawbackModes() {
        return ClawbackMode.values();
    }
}
