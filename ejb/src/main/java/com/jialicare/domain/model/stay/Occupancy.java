package com.jialicare.domain.model.stay;

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

/** A stay's time in one bed, {@code [fromOn, untilOn)}; open (no end) while the resident is still in it. */
@Entity
@Table(name = "occupancy")
public class Occupancy implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "occupancy_seq", sequenceName = "occupancy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "occupancy_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stay_id", nullable = false)
    private Stay stay;

    @Column(name = "bed_id", nullable = false)
    private long bedId;

    @Column(name = "from_on", nullable = false)
    private LocalDate fromOn;

    @Column(name = "until_on")
    private LocalDate untilOn;

    /** 1 while open: backs "one open occupancy per bed" and "one bed per stay" with unique constraints. */
    @Column(name = "open_flag")
    private Short openFlag = 1;

    protected Occupancy() {
        // for JPA
    }

    Occupancy(Stay stay, long bedId, LocalDate fromOn) {
        this.stay = stay;
        this.bedId = bedId;
        this.fromOn = fromOn;
    }

    void close(LocalDate on) {
        this.untilOn = on;
        this.openFlag = null;
    }

    /** A correction: the stay moved into this bed on {@code on} (docs/RULES.md §8.2). */
    void rewriteFrom(LocalDate on) {
        this.fromOn = on;
    }

    /** A correction: the stay did not leave this bed. */
    void reopen() {
        this.untilOn = null;
        this.openFlag = 1;
    }

    public boolean isOpen() {
        return untilOn == null;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(fromOn) && (untilOn == null || day.isBefore(untilOn));
    }

    public Long getId() {
        return id;
    }

    public Stay getStay() {
        return stay;
    }

    public long getBedId() {
        return bedId;
    }

    public LocalDate getFromOn() {
        return fromOn;
    }

    public LocalDate getUntilOn() {
        return untilOn;
    }
}
