package com.jialicare.domain.model.adjustment;

import com.jialicare.domain.model.application.ApplicationKind;
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
import java.time.YearMonth;

/**
 * An adjustment an application claimed at a submission (RULES.md §8.4): stored with what it corrects (the paid
 * application and line, the key), the old and new amount, what was owed then and the part claimed, and the cause.
 * Its state follows the claiming application: {@code CLAIMED} while under review, {@code PAID} with it,
 * {@code RELEASED} when it is returned or withdrawn (kept, counting for nothing).
 */
@Entity
@Table(name = "adjustment")
public class Adjustment {

    @Id
    @SequenceGenerator(name = "adjustment_seq", sequenceName = "adjustment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adjustment_seq")
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "care_home_id", nullable = false)
    private long careHomeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AdjustmentType type;

    @Column(name = "hold_period", nullable = false)
    private boolean holdPeriod;

    @Column(name = "corrects_application_id", nullable = false)
    private long correctsApplicationId;

    @Column(name = "corrects_line_no")
    private Integer correctsLineNo;

    @Column(name = "stay_id")
    private Long stayId;

    @Column(name = "month_start")
    private LocalDate month;

    @Column(name = "bed_id")
    private Long bedId;

    @Column(name = "resident_id")
    private Long residentId;

    @Column(name = "old_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal oldAmount;

    @Column(name = "new_amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal newAmount;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal owed;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "cause_kind", length = 64)
    private String causeKind;

    @Column(name = "cause_audit_event_id")
    private Long causeAuditEventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AdjustmentState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Adjustment() {}

    /** What {@code applicationId}'s submission {@code revision} claims of an outstanding adjustment. */
    public static Adjustment claim(long applicationId, int revision, Ledger.Claim claim, Instant now) {
        Owed o = claim.owed();
        Adjustment a = new Adjustment();
        a.applicationId = applicationId;
        a.revision = revision;
        a.careHomeId = o.careHomeId();
        a.kind = o.key().kind();
        a.type = AdjustmentType.of(claim.amount());
        a.holdPeriod = o.key().hold();
        a.correctsApplicationId = o.correctsApplicationId();
        a.correctsLineNo = o.lineNo();
        a.stayId = o.key().stayId();
        a.month = o.key().month() == null ? null : o.key().month().atDay(1);
        a.bedId = o.key().bedId();
        a.residentId = o.residentId();
        a.oldAmount = o.oldAmount();
        a.newAmount = o.newAmount();
        a.owed = o.amount();
        a.amount = claim.amount();
        a.causeKind = o.cause() == null ? null : o.cause().kind();
        a.causeAuditEventId = o.cause() == null ? null : o.cause().auditEventId();
        a.state = AdjustmentState.CLAIMED;
        a.createdAt = now;
        return a;
    }

    /** The key this adjustment is counted under. */
    public LineKey key() {
        if (kind == ApplicationKind.OPERATING) {
            return LineKey.month(stayId, YearMonth.from(month));
        }
        return holdPeriod ? LineKey.holdPeriod(bedId) : LineKey.bed(bedId);
    }

    /** The claiming application was paid. */
    public void paid() {
        requireState(AdjustmentState.CLAIMED);
        state = AdjustmentState.PAID;
    }

    /** The claiming application was returned or withdrawn: the adjustment counts for nothing any more. */
    public void release() {
        requireState(AdjustmentState.CLAIMED);
        state = AdjustmentState.RELEASED;
    }

    private void requireState(AdjustmentState expected) {
        if (state != expected) {
            throw new IllegalStateException("Adjustment " + id + " is " + state + ", not " + expected);
        }
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

    public long getCareHomeId() {
        return careHomeId;
    }

    public ApplicationKind getKind() {
        return kind;
    }

    public AdjustmentType getType() {
        return type;
    }

    public boolean isHoldPeriod() {
        return holdPeriod;
    }

    public long getCorrectsApplicationId() {
        return correctsApplicationId;
    }

    public Integer getCorrectsLineNo() {
        return correctsLineNo;
    }

    public Long getStayId() {
        return stayId;
    }

    public LocalDate getMonth() {
        return month;
    }

    public Long getBedId() {
        return bedId;
    }

    public Long getResidentId() {
        return residentId;
    }

    public BigDecimal getOldAmount() {
        return oldAmount;
    }

    public BigDecimal getNewAmount() {
        return newAmount;
    }

    public BigDecimal getOwed() {
        return owed;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCauseKind() {
        return causeKind;
    }

    public Long getCauseAuditEventId() {
        return causeAuditEventId;
    }

    public AdjustmentState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
