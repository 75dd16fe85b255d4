package com.jialicare.domain.model.subsidy;

import com.jialicare.domain.model.carehome.Bed;
import com.jialicare.domain.model.carehome.BedOutage;
import java.time.LocalDate;
import java.util.List;

/**
 * What the construction subsidy needs to know about a bed.
 *
 * @param code           the bed's code, unique within its home; orders beds commissioned the same day
 * @param commissionedOn day the bed was put into service
 * @param retiredOn      {@code null} while in service; otherwise out of service from that day on
 * @param outages        its past periods out of service (retired, then back in service from a day)
 */
public record BedFacts(
        long bedId, String code, LocalDate commissionedOn, LocalDate retiredOn, List<BedOutage> outages) {

    /** A bed never out of service before its retirement (if any). */
    public BedFacts(long bedId, String code, LocalDate commissionedOn, LocalDate retiredOn) {
        this(bedId, code, commissionedOn, retiredOn, List.of());
    }

    public BedFacts {
        outages = outages == null ? List.of() : List.copyOf(outages);
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

    /** Commissioned on or before that day, not yet retired on it, and not in a past outage ({@link Bed#inService}). */
    public boolean inServiceOn(LocalDate day) {
        return Bed.inService(commissionedOn, retiredOn, outages, day);
    }

    /** The same bed with its past outages. */
    public BedFacts withOutages(List<BedOutage> periods) {
        return new BedFacts(bedId, code, commissionedOn, retiredOn, periods);
    }
}
