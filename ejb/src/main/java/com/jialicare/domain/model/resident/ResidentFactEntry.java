package com.jialicare.domain.model.resident;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a resident's dated history (docs/RULES.md §8.1): from {@code effectiveOn} on, the fact has this
 * entry's value. An entry entered by mistake is withdrawn (§8.2): kept, with who withdrew it, when and why, and
 * ignored by every reader.
 */
@MappedSuperclass
public abstract class ResidentFactEntry implements java.io.Serializable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resident_id", nullable = false)
    private Resident resident;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Column(name = "withdrawn_reason", length = 500)
    private String withdrawnReason;

    protected ResidentFactEntry() {
        // for JPA
    }

    protected ResidentFactEntry(Resident resident, LocalDate effectiveOn) {
        this.resident = resident;
        this.effectiveOn = effectiveOn;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    void withdraw(Instant at, String by, String reason) {
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawnReason = reason;
    }
}
