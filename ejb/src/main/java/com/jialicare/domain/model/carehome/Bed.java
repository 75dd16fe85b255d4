package com.jialicare.domain.model.carehome;

import com.jialicare.domain.model.shared.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A bed of one care home, in a room, with a code unique in the home. In service from its commissioning
 * date until (excluding) its retirement date, except in its past outages: periods it was retired and then
 * returned to service on a day (docs/RULES.md §8.1; {@link BedOutage}).
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

    /** Past periods out of service, oldest first; none overlaps another or the current retirement. */
    @ElementCollection
    @CollectionTable(name = "bed_outage", joinColumns = @JoinColumn(name = "bed_id"))
    @OrderBy("fromDay")
    private List<BedOutage> outages = new ArrayList<>();

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
        return inService(commissionedOn, retiredOn, outages, day);
    }

    /** A bed without past outages: {@link #inService(LocalDate, LocalDate, List, LocalDate)}. */
    public static boolean inService(LocalDate commissionedOn, LocalDate retiredOn, LocalDate day) {
        return inService(commissionedOn, retiredOn, List.of(), day);
    }

    /**
     * The rule, in one place (RULES.md §2.3, §3.2, §8.1): a bed is in service from its commissioning day until
     * the day before it is retired (if it is), except on the days of its past outages.
     */
    public static boolean inService(
            LocalDate commissionedOn, LocalDate retiredOn, List<BedOutage> outages, LocalDate day) {
        return !day.isBefore(commissionedOn)
                && (retiredOn == null || day.isBefore(retiredOn))
                && !BedOutage.anyCovers(outages, day);
    }

    /**
     * Whether the bed is in service on every day of {@code [from, until)}; {@code until} null: from {@code from}
     * on, for good.
     */
    public static boolean inServiceThroughout(
            LocalDate commissionedOn, LocalDate retiredOn, List<BedOutage> outages, LocalDate from, LocalDate until) {
        if (!inService(commissionedOn, retiredOn, outages, from)) {
            return false;
        }
        if (retiredOn != null && (until == null || until.isAfter(retiredOn))) {
            return false;
        }
        for (BedOutage o : outages) {
            if (o.overlaps(from, until)) {
                return false;
            }
        }
        return true;
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
        LocalDate back = lastReturnedOn();
        if (back != null && !on.isAfter(back)) {
            throw BusinessException.invalid(
                    "RETIRED_BEFORE_RETURNED",
                    "on",
                    "The bed is back in service from {0}: it is retired again after that day",
                    back);
        }
        this.retiredOn = on;
    }

    /**
     * A change (§8.1): the bed, retired on R, is back in service from {@code on} (after R, not after
     * {@code today}); the days from R to the day before stay out of service in its history.
     *
     * @return the retirement day that became the start of a past outage
     * @throws BusinessException 409 {@code BED_NOT_RETIRED}; 400 {@code DATE_IN_FUTURE},
     *     {@code RETURNED_BEFORE_RETIRED}
     */
    public LocalDate returnToService(LocalDate on, LocalDate today) {
        if (retiredOn == null) {
            throw BusinessException.conflict("BED_NOT_RETIRED", "effectiveOn", "The bed is in service");
        }
        if (on.isAfter(today)) {
            throw BusinessException.invalid(
                    "DATE_IN_FUTURE",
                    "effectiveOn",
                    "effectiveOn " + on + " is after today (" + today + ")",
                    on,
                    today);
        }
        if (!on.isAfter(retiredOn)) {
            throw BusinessException.invalid(
                    "RETURNED_BEFORE_RETIRED",
                    "effectiveOn",
                    "The bed was retired on {0}: it returns to service after that day",
                    retiredOn);
        }
        LocalDate was = retiredOn;
        outages.add(new BedOutage(was, on));
        retiredOn = null;
        return was;
    }

    /** The day the bed last came back into service, or null if it never did. */
    public LocalDate lastReturnedOn() {
        return outages.isEmpty() ? null : outages.get(outages.size() - 1).until();
    }

    /** Its past outages, oldest first. */
    public List<BedOutage> getOutages() {
        return List.copyOf(outages);
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
        if (!outages.isEmpty() && !outages.get(0).from().isAfter(on)) {
            throw BusinessException.invalid(
                    "RETIRED_BEFORE_COMMISSIONED",
                    "commissionedOn",
                    "A bed is commissioned before its retirement date "
                            + outages.get(0).from(),
                    outages.get(0).from());
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
