package com.jialicare.domain.model.carehome;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A care home (养老机构) filed with the civil-affairs bureau, in one of Leshan's counties. */
@Entity
@Table(name = "care_home")
public class CareHome implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "care_home_seq", sequenceName = "care_home_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_home_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "credit_code", nullable = false, length = 18, unique = true)
    private String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Ownership ownership;

    @Column(name = "county_code", nullable = false, length = 6)
    private String countyCode;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    @Column(name = "filed_beds", nullable = false)
    private int filedBeds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Premises premises;

    @Column(name = "lease_ends_on")
    private LocalDate leaseEndsOn;

    @Column(length = 300)
    private String address;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CareHome() {
        // for JPA
    }

    public CareHome(
            String name,
            String creditCode,
            Ownership ownership,
            String countyCode,
            LocalDate filedOn,
            int filedBeds,
            Premises premises,
            LocalDate leaseEndsOn,
            String address,
            Instant createdAt) {
        if (premises == Premises.LEASED && leaseEndsOn == null) {
            throw BusinessException.invalid(
                    "LEASE_END_REQUIRED", "leaseEndsOn", "A leased home needs the lease's end date");
        }
        if (premises == Premises.OWNED && leaseEndsOn != null) {
            throw BusinessException.invalid(
                    "LEASE_END_NOT_ALLOWED", "leaseEndsOn", "An owned home has no lease end date");
        }
        if (filedBeds < 0 || filedBeds > 100_000) {
            throw BusinessException.invalid(
                    "INVALID_FILED_BEDS", "filedBeds", "Filed capacity must be 0 to 100000 beds", filedBeds);
        }
        this.name = name;
        this.creditCode = creditCode;
        this.ownership = ownership;
        this.countyCode = countyCode;
        this.filedOn = filedOn;
        this.filedBeds = filedBeds;
        this.premises = premises;
        this.leaseEndsOn = leaseEndsOn;
        this.address = address;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public int getFiledBeds() {
        return filedBeds;
    }

    public Premises getPremises() {
        return premises;
    }

    public LocalDate getLeaseEndsOn() {
        return leaseEndsOn;
    }

    public String getAddress() {
        return address;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
