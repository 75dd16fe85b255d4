package com.jialicare.application.carehome;

import java.time.LocalDate;

/** A bed and what it is on one day; the occupant's fields are null unless it is {@code OCCUPIED}. */
public record BedOnDay(BedInfo bed, BedStatus status, Long stayId, Long residentId, String residentName,
        LocalDate since) implements java.io.Serializable {
}
