package com.jialicare.domain.model.resident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A dated capability assessment (老年人能力评估), level 0 to 4 (GB/T 42195-2022). A wrong one is withdrawn
 * (docs/RULES.md §8.2): kept, and ignored by every reader.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends ResidentFactEntry {

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @Column(name = "care_level", nullable = false)
    private int level;

    protected Assessment() {
        // for JPA
    }

    Assessment(Resident resident, int level, LocalDate effectiveOn) {
        super(resident, effectiveOn);
        this.level = level;
    }

    public Long getId() {
        return id;
    }

    public int getLevel() {
        return level;
    }

    void correct(int level) {
        this.level = level;
    }
}
