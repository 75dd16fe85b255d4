package com.jialicare.domain.model.resident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A dated capability assessment (老年人能力评估), level 0 to 4 (GB/T 42195-2022). */
@Entity
@Table(name = "assessment")
public class Assessment implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resident_id", nullable = false)
    private Resident resident;

    @Column(name = "care_level", nullable = false)
    private int level;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    protected Assessment() {
        // for JPA
    }

    Assessment(Resident resident, int level, LocalDate effectiveOn) {
        this.resident = resident;
        this.level = level;
        this.effectiveOn = effectiveOn;
    }

    public Long getId() {
        return id;
    }

    public int getLevel() {
        return level;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }
}
