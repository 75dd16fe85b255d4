package com.jialicare.domain.model.carehome;

import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a home's filing facts (table {@code care_home_fact}, V9): from {@code effectiveOn} on, the fact of
 * this kind has this value. Only the columns of its kind are set.
 */
@Embeddable
public class HomeFactEntry implements java.io.Serializable {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HomeFactKind kind;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Ownership ownership;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Premises premises;

    @Column(name = "lease_ends_on")
    private LocalDate leaseEndsOn;

    @Column(name = "filed_beds")
    private Integer filedBeds;

    protected HomeFactEntry() {
        // for JPA
    }

    private HomeFactEntry(
            HomeFactKind kind,
            LocalDate effectiveOn,
            Ownership ownership,
            Premises premises,
            LocalDate leaseEndsOn,
            Integer filedBeds) {
        this.kind = kind;
        this.effectiveOn = effectiveOn;
        this.ownership = ownership;
        this.premises = premises;
        this.leaseEndsOn = leaseEndsOn;
        this.filedBeds = filedBeds;
    }

    static HomeFactEntry ownership(LocalDate on, Ownership value) {
        return new HomeFactEntry(HomeFactKind.OWNERSHIP, on, value, null, null, null);
    }

    static HomeFactEntry premises(LocalDate on, PremisesTerm value) {
        return new HomeFactEntry(HomeFactKind.PREMISES, on, null, value.premises(), value.leaseEndsOn(), null);
    }

    static HomeFactEntry filedBeds(LocalDate on, int value) {
        return new HomeFactEntry(HomeFactKind.FILED_BEDS, on, null, null, null, value);
    }

    static HomeFactEntry closed(LocalDate on) {
        return new HomeFactEntry(HomeFactKind.CLOSED, on, null, null, null, null);
    }

    public HomeFactKind getKind() {
        return kind;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    public PremisesTerm premisesTerm() {
        return new PremisesTerm(premises, leaseEndsOn);
    }

    public Integer getFiledBeds() {
        return filedBeds;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HomeFactEntry e
                && kind == e.kind
                && effectiveOn.equals(e.effectiveOn)
                && ownership == e.ownership
                && premises == e.premises
                && Objects.equals(leaseEndsOn, e.leaseEndsOn)
                && Objects.equals(filedBeds, e.filedBeds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, effectiveOn);
    }
}
