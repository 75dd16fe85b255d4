package com.jialicare.domain.model.resident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An entry of a resident's hukou history (户籍, a 6-digit division code), docs/RULES.md §8.1. */
@Entity
@Table(name = "resident_hukou")
public class HukouEntry extends ResidentFactEntry {

    @Id
    @SequenceGenerator(name = "resident_hukou_seq", sequenceName = "resident_hukou_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_hukou_seq")
    private Long id;

    @Column(name = "hukou_code", nullable = false, length = 6)
    private String hukouCode;

    protected HukouEntry() {
        // for JPA
    }

    HukouEntry(Resident resident, LocalDate effectiveOn, String hukouCode) {
        super(resident, effectiveOn);
        this.hukouCode = hukouCode;
    }

    public Long getId() {
        return id;
    }

    public String getHukouCode() {
        return hukouCode;
    }

    void correct(String hukouCode) {
        this.hukouCode = hukouCode;
    }
}
