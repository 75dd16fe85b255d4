package com.jialicare.it.support;

import java.time.LocalDate;

/**
 * The start of most stories: a private care home, one bed in it, and a resident (with the county's hukou)
 * admitted to that bed — filed through the API by {@link City}. Each value has a default; a test sets only
 * those its assertions depend on, then calls {@link #admit()}.
 */
public final class AdmittedResident {

    /** The ids of what was filed. */
    public record Ids(long home, long bed, long resident, long stay) {}

    private final City city;
    private String county = "511102";
    private LocalDate filedOn = LocalDate.of(2020, 1, 1);
    private int filedBeds = 10;
    private String bedCode = "A-1";
    private LocalDate commissionedOn = LocalDate.of(2022, 1, 10);
    private LocalDate born = LocalDate.of(1950, 3, 1);
    private int careLevel = 3;
    private LocalDate assessedOn = LocalDate.of(2023, 12, 1);
    private LocalDate admittedOn = LocalDate.of(2024, 1, 1);

    AdmittedResident(City city) {
        this.city = city;
    }

    /** The county of the home and of the resident's hukou. */
    public AdmittedResident county(String county) {
        this.county = county;
        return this;
    }

    public AdmittedResident homeFiled(LocalDate filedOn, int filedBeds) {
        this.filedOn = filedOn;
        this.filedBeds = filedBeds;
        return this;
    }

    public AdmittedResident bed(String code, LocalDate commissionedOn) {
        this.bedCode = code;
        this.commissionedOn = commissionedOn;
        return this;
    }

    public AdmittedResident resident(LocalDate born, int careLevel, LocalDate assessedOn) {
        this.born = born;
        this.careLevel = careLevel;
        this.assessedOn = assessedOn;
        return this;
    }

    public AdmittedResident admittedOn(LocalDate admittedOn) {
        this.admittedOn = admittedOn;
        return this;
    }

    /** Files the home, the bed and the resident, and admits the resident; each step must succeed. */
    public Ids admit() {
        long home = city.home("PRIVATE", county, filedOn, filedBeds);
        long bed = city.bed(home, bedCode, commissionedOn);
        long resident = city.resident(born, county, careLevel, assessedOn);
        long stay = city.admit(resident, bed, admittedOn);
        return new Ids(home, bed, resident, stay);
    }
}
