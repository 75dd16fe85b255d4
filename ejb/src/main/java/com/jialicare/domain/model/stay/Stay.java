package com.jialicare.domain.model.stay;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DischargeReason;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Residence of one person in one care home: from the admission day (included) to the discharge day
 * (excluded, the first day away). Moving to another bed of the same home is a transfer inside the stay;
 * absences are recorded inside it and do not end it. Rules that need other records (is the bed free, does
 * the person have another stay) are {@link com.jialicare.domain.service.Residency}'s, which the registry's
 * services call under their locks.
 */
@Entity
@Table(name = "stay")
public class Stay implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "stay_seq", sequenceName = "stay_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stay_seq")
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "care_home_id", nullable = false)
    private long careHomeId;

    @Column(name = "admitted_on", nullable = false)
    private LocalDate admittedOn;

    @Column(name = "discharged_on")
    private LocalDate dischargedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "discharge_reason", length = 32)
    private DischargeReason dischargeReason;

    /** 1 while open, NULL once discharged: backs "one open stay per person" with a unique constraint. */
    @Column(name = "open_flag")
    private Short openFlag = 1;

    @OneToMany(mappedBy = "stay", cascade = CascadeType.PERSIST)
    @OrderBy("fromOn")
    private List<Occupancy> occupancies = new ArrayList<>();

    @OneToMany(mappedBy = "stay", cascade = CascadeType.PERSIST)
    @OrderBy("fromOn")
    private List<Absence> absences = new ArrayList<>();

    @Version
    private long version;

    protected Stay() {
        // for JPA
    }

    /** Admits a person into a bed of a home on a day. */
    public Stay(long residentId, long careHomeId, long bedId, LocalDate admittedOn) {
        this.residentId = residentId;
        this.careHomeId = careHomeId;
        this.admittedOn = admittedOn;
        occupancies.add(new Occupancy(this, bedId, admittedOn));
    }

    public boolean isOpen() {
        return dischargedOn == null;
    }

    /** Whether the stay covers that day (admission day included, discharge day excluded). */
    public boolean covers(LocalDate day) {
        return !day.isBefore(admittedOn) && (dischargedOn == null || day.isBefore(dischargedOn));
    }

    public Optional<Occupancy> currentOccupancy() {
        return occupancies.stream().filter(Occupancy::isOpen).findFirst();
    }

    /**
     * First half of a transfer to another bed of the same home from {@code on}: ends the current occupancy.
     * The database allows one open occupancy per stay, so the caller writes this before {@link #moveInto}.
     */
    public void leaveCurrentBed(long nextBedId, LocalDate on) {
        requireOpen();
        Occupancy current = currentOccupancy().orElseThrow();
        if (current.getBedId() == nextBedId) {
            throw BusinessException.invalid("SAME_BED", "bedId", "The resident is already in that bed");
        }
        if (!on.isAfter(current.getFromOn())) {
            throw BusinessException.invalid(
                    "TRANSFER_BEFORE_LAST_MOVE",
                    "on",
                    "A transfer must be after the resident moved into the current bed on " + current.getFromOn(),
                    current.getFromOn());
        }
        current.close(on);
    }

    /** Second half of a transfer: occupies the new bed from {@code on}. */
    public Occupancy moveInto(long bedId, LocalDate on) {
        requireOpen();
        if (currentOccupancy().isPresent()) {
            throw new IllegalStateException("leaveCurrentBed first");
        }
        Occupancy next = new Occupancy(this, bedId, on);
        occupancies.add(next);
        return next;
    }

    /** Records an absence {@code [from, until)} inside the stay; absences of one stay never overlap. */
    public Absence recordAbsence(LocalDate from, LocalDate until, AbsenceKind kind, String note) {
        if (until == null || from == null || !until.isAfter(from)) {
            throw BusinessException.invalid(
                    "INVALID_ABSENCE_PERIOD", "until", "An absence ends (exclusive) after it starts");
        }
        if (from.isBefore(admittedOn) || dischargedOn != null && until.isAfter(dischargedOn)) {
            throw BusinessException.invalid(
                    "ABSENCE_OUTSIDE_STAY",
                    "from",
                    "An absence lies inside the stay (" + admittedOn + " to "
                            + (dischargedOn == null ? "now" : dischargedOn) + ")",
                    admittedOn,
                    dischargedOn);
        }
        for (Absence a : getAbsences()) {
            if (from.isBefore(a.getUntilOn()) && a.getFromOn().isBefore(until)) {
                throw BusinessException.conflict(
                        "ABSENCE_OVERLAP",
                        "from",
                        "Overlaps the absence " + a.getFromOn() + " to " + a.getUntilOn(),
                        a.getFromOn(),
                        a.getUntilOn());
            }
        }
        Absence absence = new Absence(this, from, until, kind, note);
        absences.add(absence);
        return absence;
    }

    /** Ends the stay: {@code on} is the first day away. Absences after it are not allowed. */
    public void discharge(LocalDate on, DischargeReason reason) {
        requireOpen();
        if (reason == null) {
            throw BusinessException.invalid(
                    "DISCHARGE_REASON_REQUIRED",
                    "reason",
                    "Give a reason: RETURNED_HOME, MOVED_TO_OTHER_HOME, HOSPITAL, DECEASED or OTHER");
        }
        if (on.isBefore(admittedOn)) {
            throw BusinessException.invalid(
                    "DISCHARGE_BEFORE_ADMISSION",
                    "on",
                    "Discharge cannot be before the admission on " + admittedOn,
                    admittedOn);
        }
        Occupancy current = currentOccupancy().orElseThrow();
        if (on.isBefore(current.getFromOn()) || on.equals(current.getFromOn()) && occupancies.size() > 1) {
            throw BusinessException.invalid(
                    "DISCHARGE_BEFORE_LAST_MOVE",
                    "on",
                    "Discharge cannot be before the move into the current bed on " + current.getFromOn(),
                    current.getFromOn());
        }
        for (Absence a : getAbsences()) {
            if (a.getUntilOn().isAfter(on)) {
                throw BusinessException.conflict(
                        "ABSENCE_AFTER_DISCHARGE",
                        "on",
                        "An absence until " + a.getUntilOn() + " is recorded after that day",
                        a.getUntilOn());
            }
        }
        current.close(on); // on the admission day itself this leaves an empty span: the bed was held no day
        this.dischargedOn = on;
        this.dischargeReason = reason;
        this.openFlag = null;
    }

    /** Refuses a change of a stay that has ended ({@code STAY_CLOSED}). */
    public void requireOpen() {
        if (!isOpen()) {
            throw BusinessException.conflict("STAY_CLOSED", null, "The stay ended on " + dischargedOn, dischargedOn);
        }
    }

    public Long getId() {
        return id;
    }

    public long getResidentId() {
        return residentId;
    }

    public long getCareHomeId() {
        return careHomeId;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public LocalDate getDischargedOn() {
        return dischargedOn;
    }

    public DischargeReason getDischargeReason() {
        return dischargeReason;
    }

    public List<Occupancy> getOccupancies() {
        return Collections.unmodifiableList(occupancies);
    }

    /** The absences in effect: those withdrawn as entered by mistake (docs/RULES.md §8.2) are left out. */
    public List<Absence> getAbsences() {
        return absences.stream().filter(a -> !a.isWithdrawn()).toList();
    }

    /** Every absence recorded, withdrawn ones included (they are kept, marked, for the record's history). */
    public List<Absence> getRecordedAbsences() {
        return Collections.unmodifiableList(absences);
    }

    // ------------------------------------------------------------ corrections (docs/RULES.md §8.2)
    // Each rewrites a fact as if it had always been so. The checks are Residency's (correctAdmission,
    // correctDischarge, reopen, correctTransfer): call these only through them.

    /** The stay began on {@code on}, in its first bed. */
    public void rewriteAdmission(LocalDate on) {
        this.admittedOn = on;
        occupancies.get(0).rewriteFrom(on);
    }

    /** The stay ended on {@code on}, in its last bed. */
    public void rewriteDischarge(LocalDate on) {
        if (isOpen()) {
            throw new IllegalStateException("not discharged");
        }
        this.dischargedOn = on;
        occupancies.get(occupancies.size() - 1).close(on);
    }

    /** The stay ended for another reason. */
    public void rewriteDischargeReason(DischargeReason reason) {
        if (isOpen()) {
            throw new IllegalStateException("not discharged");
        }
        this.dischargeReason = reason;
    }

    /** The discharge was recorded by mistake: the stay goes on in its last bed. */
    public void rewriteAsOpen() {
        if (isOpen()) {
            throw new IllegalStateException("not discharged");
        }
        this.dischargedOn = null;
        this.dischargeReason = null;
        this.openFlag = 1;
        occupancies.get(occupancies.size() - 1).reopen();
    }

    /** The move into the occupancy at {@code index} (1 or later) happened on {@code on}. */
    public void rewriteTransfer(int index, LocalDate on) {
        occupancies.get(index - 1).close(on);
        occupancies.get(index).rewriteFrom(on);
    }
}
