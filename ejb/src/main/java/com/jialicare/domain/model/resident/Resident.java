package com.jialicare.domain.model.resident;

import com.jialicare.domain.model.shared.IdNumber;
import com.jialicare.domain.model.shared.Sex;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An elder registered with the city, once, by ID number. Birth date and sex come from the ID number; the
 * hukou is recorded separately. The capability level on a day is that of the latest assessment effective
 * on or before it.
 */
@Entity
@Table(name = "resident")
public class Resident implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "resident_seq", sequenceName = "resident_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resident_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "id_number", nullable = false, length = 18, unique = true)
    private String idNumber;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Sex sex;

    @Column(name = "hukou_code", nullable = false, length = 6)
    private String hukouCode;

    @Column(name = "state_supported", nullable = false)
    private boolean stateSupported;

    @Column(name = "registered_by_home_id")
    private Long registeredByHomeId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "resident", cascade = CascadeType.PERSIST)
    @OrderBy("effectiveOn")
    private List<Assessment> assessments = new ArrayList<>();

    @Version
    private long version;

    protected Resident() {
        // for JPA
    }

    public Resident(
            String name,
            IdNumber idNumber,
            String hukouCode,
            boolean stateSupported,
            Long registeredByHomeId,
            Instant createdAt) {
        this.name = name;
        this.idNumber = idNumber.value();
        this.birthDate = idNumber.birthDate();
        this.sex = idNumber.sex();
        this.hukouCode = hukouCode;
        this.stateSupported = stateSupported;
        this.registeredByHomeId = registeredByHomeId;
        this.createdAt = createdAt;
    }

    public Assessment assess(int level, LocalDate effectiveOn) {
        Assessment a = new Assessment(this, level, effectiveOn);
        assessments.add(a);
        assessments.sort(java.util.Comparator.comparing(Assessment::getEffectiveOn));
        return a;
    }

    public boolean hasAssessmentOn(LocalDate day) {
        return assessments.stream().anyMatch(a -> a.getEffectiveOn().equals(day));
    }

    /** The level in effect on that day, if any assessment was effective by then. */
    public Optional<Integer> levelOn(LocalDate day) {
        Integer level = null;
        for (Assessment a : assessments) {
            if (!a.getEffectiveOn().isAfter(day)) {
                level = a.getLevel();
            }
        }
        return Optional.ofNullable(level);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public IdNumber getIdNumber() {
        return IdNumber.of(idNumber);
    }

    public String getIdNumberValue() {
        return idNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public String getHukouCode() {
        return hukouCode;
    }

    public boolean isStateSupported() {
        return stateSupported;
    }

    public Long getRegisteredByHomeId() {
        return registeredByHomeId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Assessment> getAssessments() {
        return Collections.unmodifiableList(assessments);
    }
}
