package com.jialicare.domain.model.carehome;

import com.jialicare.domain.model.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A bed of one care home, in a room, with a code unique in the home. In service from its commissioning
 * date until (excluding) its retirement date.
 */
@Entity
@Table(name = "bed")
public class Bed implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "bed_seq", sequenceName = "bed_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bed_seq")
    private Long id;

    @Column(name = "care_home_id", nullable = false)
    private long careHomeId;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 64)
    private String room;

    @Column(name = "commissioned_on", nullable = false)
    private LocalDate commissionedOn;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Version
    private long version;

    protected Bed() {
        // for JPA
    }

    public Bed(long careHomeId, String code, String room, LocalDate commissionedOn) {
        this.careHomeId = careHomeId;
        this.code = code;
        this.room = room;
        this.commissionedOn = commissionedOn;
    }

    public boolean inServiceOn(LocalDate day) {
        return inService(commissionedOn, retiredOn, day);
    }

    /** A bed is in service from its commissioning day until the day before it is retired (if it is). */
    public static boolean inService(LocalDate commissionedOn, LocalDate retiredOn, LocalDate day) {
        return !day.isBefore(commissionedOn) && (retiredOn == null || day.isBefore(retiredOn));
    }

    /** Out of service from {@code on} (that day included). */
    public void retire(LocalDate on) {
        if (retiredOn != null) {
            throw BusinessException.conflict(
                    "BED_ALREADY_RETIRED", "on", "The bed is already retired since " + retiredOn, retiredOn);
        }
        if (!on.isAfter(commissionedOn)) {
            throw BusinessException.invalid(
                    "RETIRED_BEFORE_COMMISSIONED",
                    "on",
                    "A bed is retired after its commissioning date " + commissionedOn,
                    commissionedOn);
        }
        this.retiredOn = on;
    }

    /** A correction of the code (docs/RULES.md §8.2); the caller checked it is free in the home. */
    public void correctCode(String code) {
        this.code = code;
    }

    /** A correction of the room (§8.2). */
    public void correctRoom(String room) {
        this.room = room;
    }

    /**
     * A correction of the commissioning day (§8.2), checked as a new bed would be: before its retirement, and not
     * after anyone first occupied it.
     *
     * @param firstOccupied the first day anyone was in the bed, or null
     * @throws BusinessException 400 {@code RETIRED_BEFORE_COMMISSIONED}; 409 {@code COMMISSIONED_AFTER_OCCUPANCY}
     */
    public void correctCommissionedOn(LocalDate on, LocalDate firstOccupied) {
        if (retiredOn != null && !retiredOn.isAfter(on)) {
            throw BusinessException.invalid(
                    "RETIRED_BEFORE_COMMISSIONED",
                    "commissionedOn",
                    "A bed is commissioned before its retirement date " + retiredOn,
                    retiredOn);
        }
        if (firstOccupied != null && on.isAfter(firstOccupied)) {
            throw BusinessException.conflict(
                    "COMMISSIONED_AFTER_OCCUPANCY",
                    "commissionedOn",
                    "The bed was occupied from {0}: it was in service by then",
                    firstOccupied);
        }
        this.commissionedOn = on;
    }

    /**
     * A correction (§8.2): the bed was retired by mistake and is in service again, as if never retired. Answers
     * the retirement day that is withdrawn.
     *
     * @throws BusinessException 409 {@code BED_NOT_RETIRED}
     */
    public LocalDate reinstate() {
        if (retiredOn == null) {
            throw BusinessException.conflict("BED_NOT_RETIRED", "reinstate", "The bed is in service");
        }
        LocalDate was = retiredOn;
        retiredOn = null;
        return was;
    }

    public Long getId() {
        return id;
    }

    public long getCareHomeId() {
        return careHomeId;
    }

    public String getCode() {
        return code;
    }

    public String getRoom() {
        return room;
    }

    public LocalDate getCommissionedOn() {
        return commissionedOn;
    }

    public LocalDate getRetiredOn() {
        return retiredOn;
    }
}
