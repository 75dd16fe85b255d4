package com.jialicare.domain.model.subsidy;

import com.jialicare.domain.model.carehome.Bed;
import java.time.LocalDate;

/**
 * What the construction subsidy needs to know about a bed.
 *
 * @param code           the bed's code, unique within its home; orders beds commissioned the same day
 * @param commissionedOn day the bed was put into service
 * @param retiredOn      {@code null} while in service; otherwise out of service from that day on
 */
public record BedFacts(long bedId, String code, LocalDate commissionedOn, LocalDate retiredOn) {

    public BedFacts {
        if (code == null || code.isBlank()) {
            throw Checks.invalid("code", "A bed needs its code");
        }
        Checks.required(commissionedOn, "commissionedOn");
        if (retiredOn != null && retiredOn.isBefore(commissionedOn)) {
            throw Checks.invalid(
                    "retiredOn",
                    "A bed cannot be retired (" + retiredOn + ") before it was commissioned (" + commissionedOn + ")",
                    retiredOn,
                    commissionedOn);
        }
    }

    /** Commissioned on or before that day and not yet retired on it. */
    public boolean inServiceOn(LocalDate day) {
        return Bed.inService(commissionedOn, retiredOn, day);
    }
}
