package com.jialicare.domain.model.policy;

import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.Ownership;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stored {@link PolicyVersion}, with who added it and when. Written once and never changed (every column
 * is {@code updatable = false}): amounts already computed name the version they used. The domain works
 * with the immutable {@link PolicyVersion}; this class only carries it to and from the database.
 */
@Entity
@Table(name = "policy_version")
public class PolicyVersionRecord {

    @Id
    @SequenceGenerator(name = "policy_version_seq", sequenceName = "policy_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_version_seq")
    private Long id;

    @Column(name = "version_no", nullable = false, updatable = false, unique = true)
    private int versionNo;

    @Column(name = "effective_from", nullable = false, updatable = false, unique = true)
    private LocalDate effectiveFrom;

    @Column(name = "construction_rate_per_bed", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal constructionRatePerBed;

    @Column(name = "operating_rate_0", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal operatingRate0;

    @Column(name = "operating_rate_1", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal operatingRate1;

    @Column(name = "operating_rate_2", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal operatingRate2;

    @Column(name = "operating_rate_3", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal operatingRate3;

    @Column(name = "operating_rate_4", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal operatingRate4;

    @Column(name = "construction_ownerships", nullable = false, updatable = false, length = 200)
    private String constructionOwnerships;

    @Column(name = "operating_ownerships", nullable = false, updatable = false, length = 200)
    private String operatingOwnerships;

    @Column(name = "min_operating_months", nullable = false, updatable = false)
    private int minOperatingMonths;

    @Column(name = "min_lease_years", nullable = false, updatable = false)
    private int minLeaseYears;

    @Column(name = "bed_policy_start_date", nullable = false, updatable = false)
    private LocalDate bedPolicyStartDate;

    @Column(name = "local_hukou_prefix", nullable = false, updatable = false, length = 6)
    private String localHukouPrefix;

    @Column(name = "min_age", nullable = false, updatable = false)
    private int minAge;

    @Column(name = "min_stay_months", nullable = false, updatable = false)
    private int minStayMonths;

    @Column(name = "min_days_present", nullable = false, updatable = false)
    private int minDaysPresent;

    @Column(name = "notice_days", nullable = false, updatable = false)
    private int noticeDays;

    @Column(name = "construction_hold_months", nullable = false, updatable = false)
    private int constructionHoldMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "construction_clawback", nullable = false, updatable = false, length = 16)
    private ClawbackMode constructionClawback;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    protected PolicyVersionRecord() {
        // for JPA
    }

    public PolicyVersionRecord(PolicyVersion v, Instant createdAt, String createdBy) {
        this.versionNo = v.version();
        this.effectiveFrom = v.effectiveFrom();
        this.constructionRatePerBed = v.constructionRatePerBed();
        this.operatingRate0 = v.monthlyRate(CapabilityLevel.INTACT);
        this.operatingRate1 = v.monthlyRate(CapabilityLevel.MILD);
        this.operatingRate2 = v.monthlyRate(CapabilityLevel.MODERATE);
        this.operatingRate3 = v.monthlyRate(CapabilityLevel.SEVERE);
        this.operatingRate4 = v.monthlyRate(CapabilityLevel.TOTAL);
        this.constructionOwnerships = formatOwnerships(v.constructionOwnerships());
        this.operatingOwnerships = formatOwnerships(v.operatingOwnerships());
        this.minOperatingMonths = v.minOperatingMonths();
        this.minLeaseYears = v.minLeaseYears();
        this.bedPolicyStartDate = v.bedPolicyStartDate();
        this.localHukouPrefix = v.localHukouPrefix();
        this.minAge = v.minAge();
        this.minStayMonths = v.minStayMonths();
        this.minDaysPresent = v.minDaysPresent();
        this.noticeDays = v.noticeDays();
        this.constructionHoldMonths = v.constructionHoldMonths();
        this.constructionClawback = v.constructionClawback();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The policy version this row holds, validated again by the record's constructor. */
    public PolicyVersion toPolicyVersion() {
        Map<CapabilityLevel, BigDecimal> rates = new EnumMap<>(CapabilityLevel.class);
        rates.put(CapabilityLevel.INTACT, operatingRate0);
        rates.put(CapabilityLevel.MILD, operatingRate1);
        rates.put(CapabilityLevel.MODERATE, operatingRate2);
        rates.put(CapabilityLevel.SEVERE, operatingRate3);
        rates.put(CapabilityLevel.TOTAL, operatingRate4);
        return new PolicyVersion(
                versionNo,
                effectiveFrom,
                constructionRatePerBed,
                rates,
                parseOwnerships(constructionOwnerships),
                parseOwnerships(operatingOwnerships),
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

    /** Names in the enum's order, comma-separated; empty for an empty set. */
    static String formatOwnerships(Collection<Ownership> ownerships) {
        return ownerships.stream().sorted().distinct().map(Ownership::name).collect(Collectors.joining(","));
    }

    static Set<Ownership> parseOwnerships(String stored) {
        Set<Ownership> set = EnumSet.noneOf(Ownership.class);
        if (stored == null || stored.isBlank()) {
            return set;
        }
        for (String name : stored.split(",")) {
            // a name the code does not know is corrupt data, not the caller's fault: fail loudly
            set.add(Ownership.valueOf(name.trim()));
        }
        return set;
    }

    public Long getId() {
        return id;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
