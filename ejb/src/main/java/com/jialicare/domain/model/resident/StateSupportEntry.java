package com.jialicare.domain.model.resident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An entry of a resident's state-support history (特困供养), docs/RULES.md §8.1. */
@Entity
@Table(name = "resident_state_support")
public class StateSupportEntry extends ResidentFactEntry {

    @Id
    @SequenceGenerator(
            name = "resident_state_support_seq",
            sequenceName = "resident_state_support_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_state_support_seq")
    private Long id;

    @Column(name = "state_supported", nullable = false)
    private boolean stateSupported;

    protected StateSupportEntry() {
        // for JPA
    }

    StateSupportEntry(Resident resident, LocalDate effectiveOn, boolean stateSupported) {
        super(resident, effectiveOn);
        this.stateSupported = stateSupported;
    }

    public Long getId() {
        return id;
    }

    public boolean isStateSupported() {
        return stateSupported;
    }

    void correct(boolean stateSupported) {
        this.stateSupported = stateSupported;
    }
}
