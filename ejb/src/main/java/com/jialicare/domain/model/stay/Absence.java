package com.jialicare.domain.model.stay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Days away inside a stay, {@code [fromOn, untilOn)}: hospital, home leave. The stay goes on. */
@Entity
@Table(name = "absence")
public class Absence implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "absence_seq", sequenceName = "absence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absence_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stay_id", nullable = false)
    private Stay stay;

    @Column(name = "from_on", nullable = false)
    private LocalDate fromOn;

    @Column(name = "until_on", nullable = false)
    private LocalDate untilOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AbsenceKind kind;

    @Column(length = 300)
    private String note;

    /** When it was withdrawn as entered by mistake (docs/RULES.md §8.2); null while in effect. */
    @Column(name = "withdrawn_at")
    private java.time.Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Column(name = "withdrawn_reason", length = 500)
    private String withdrawnReason;

    protected Absence() {
        // for JPA
    }

    Absence(Stay stay, LocalDate fromOn, LocalDate untilOn, AbsenceKind kind, String note) {
        this.stay = stay;
        this.fromOn = fromOn;
        this.untilOn = untilOn;
        this.kind = kind == null ? AbsenceKind.OTHER : kind;
        this.note = note;
    }

    /**
     * Withdraws an absence entered by mistake: it is kept, marked, and no rule or reader counts it any more.
     * Refused ({@code ABSENCE_WITHDRAWN}) when it was withdrawn already.
     */
    public void withdraw(String by, java.time.Instant at, String reason) {
        if (isWithdrawn()) {
            throw com.jialicare.domain.model.shared.BusinessException.conflict(
                    "ABSENCE_WITHDRAWN", null, "The absence was withdrawn on " + withdrawnAt, withdrawnAt);
        }
        this.withdrawnBy = by;
        this.withdrawnAt = at;
        this.withdrawnReason = reason;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public java.time.Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public Stay getStay() {
        return stay;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getFromOn() {
        return fromOn;
    }

    public LocalDate getUntilOn() {
        return untilOn;
    }

    public AbsenceKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }
}
