package com.jialicare.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line as computed when the application was submitted (one bed, or one resident-month), kept as it was:
 * later changes to the facts never alter it. Eligible or not, with the reason and the policy version.
 */
@Entity
@Table(name = "application_line")
public class FrozenLine {

    @Id
    @SequenceGenerator(name = "application_line_seq", sequenceName = "application_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_line_seq")
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "bed_id")
    private Long bedId;

    @Column(name = "bed_code", length = 32)
    private String bedCode;

    @Column(name = "commissioned_on")
    private LocalDate commissionedOn;

    @Column(name = "resident_id")
    private Long residentId;

    @Column(name = "stay_id")
    private Long stayId;

    /** First day of the month, for operating lines. */
    @Column(name = "month_start")
    private LocalDate month;

    @Column(name = "present_days")
    private Integer presentDays;

    @Column(name = "care_level")
    private Integer careLevel;

    @Column(nullable = false)
    private boolean eligible;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "reason_code", length = 40)
    private String reasonCode;

    @Column(name = "policy_version", nullable = false)
    private int policyVersion;

    protected FrozenLine() {
        // for JPA
    }

    public static FrozenLine bed(
            long applicationId,
            int revision,
            int lineNo,
            long bedId,
            String bedCode,
            LocalDate commissionedOn,
            boolean eligible,
            BigDecimal amount,
            String reasonCode,
            int policyVersion) {
        FrozenLine l = new FrozenLine(applicationId, revision, lineNo, eligible, amount, reasonCode, policyVersion);
        l.bedId = bedId;
        l.bedCode = bedCode;
        l.commissionedOn = commissionedOn;
        return l;
    }

    public static FrozenLine residentMonth(
            long applicationId,
            int revision,
            int lineNo,
            long residentId,
            long stayId,
            LocalDate month,
            int presentDays,
            int careLevel,
            boolean eligible,
            BigDecimal amount,
            String reasonCode,
            int policyVersion) {
        FrozenLine l = new FrozenLine(applicationId, revision, lineNo, eligible, amount, reasonCode, policyVersion);
        l.residentId = residentId;
        l.stayId = stayId;
        l.month = month;
        l.presentDays = presentDays;
        l.careLevel = careLevel;
        return l;
    }

    private FrozenLine(
            long applicationId,
            int revision,
            int lineNo,
            boolean eligible,
            BigDecimal amount,
            String reasonCode,
            int policyVersion) {
        this.applicationId = applicationId;
        this.revision = revision;
        this.lineNo = lineNo;
        this.eligible = eligible;
        this.amount = amount;
        this.reasonCode = reasonCode;
        this.policyVersion = policyVersion;
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public int getRevision() {
        return revision;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Long getBedId() {
        return bedId;
    }

    public String getBedCode() {
        return bedCode;
    }

    public LocalDate getCommissionedOn() {
        return commissionedOn;
    }

    public Long getResidentId() {
        return residentId;
    }

    public Long getStayId() {
        return stayId;
    }

    public LocalDate getMonth() {
        return month;
    }

    public Integer getPresentDays() {
        return presentDays;
    }

    public Integer getCareLevel() {
        return careLevel;
    }

    public boolean isEligible() {
        return eligible;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public int getPolicyVersion() {
        return policyVersion;
    }
}
