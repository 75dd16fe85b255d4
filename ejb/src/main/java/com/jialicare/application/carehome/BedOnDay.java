package com.jialicare.application.carehome;

import com.jialicare.domain.model.shared.Sex;
import java.time.LocalDate;

/**
 * A bed and what it is on one day; the occupant's fields are null (and {@code away} false) unless it is
 * {@code OCCUPIED}.
 *
 * @param since        the day the occupant came into this bed: the admission, or the move into it
 * @param admittedOn   the occupant's admission into the home (before any move)
 * @param sex          the occupant's sex, from the ID number
 * @param careLevel    the level of the occupant's assessment in effect on the day, null if none yet
 * @param away         whether an absence of the stay covers the day
 * @param minimumStayOn the day the stay reaches the operating subsidy's minimum stay, null if it never does
 *                     (or was not asked)
 */
public record BedOnDay(
        BedInfo bed,
        BedStatus status,
        Long stayId,
        Long residentId,
        String residentName,
        LocalDate since,
        LocalDate admittedOn,
        Sex sex,
        Integer careLevel,
        boolean away,
        LocalDate minimumStayOn)
        implements java.io.Serializable {

    /** Whether the occupant moved into this bed after their admission (a transfer inside the home). */
    public boolean movedIn() {
        return since != null && admittedOn != null && since.isAfter(admittedOn);
    }

    /** Whether the stay has reached the minimum stay by {@code day}. */
    public boolean minimumStayReachedBy(LocalDate day) {
        return minimumStayOn != null && !minimumStayOn.isAfter(day);
    }
}
