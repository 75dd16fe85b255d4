package com.jialicare.application.carehome;

import com.jialicare.domain.model.carehome.Bed;
import com.jialicare.domain.model.carehome.BedOutage;
import java.time.LocalDate;
import java.util.List;

/**
 * What a bed board shows of a bed: an immutable copy, safe to share between requests.
 *
 * @param outages its past periods out of service (retired, then back in service on a day), oldest first
 */
public record BedInfo(
        long id,
        long careHomeId,
        String code,
        String room,
        LocalDate commissionedOn,
        LocalDate retiredOn,
        List<BedOutage> outages)
        implements java.io.Serializable {

    public BedInfo {
        outages = List.copyOf(outages);
    }

    /** A bed never out of service before its retirement (if any). */
    public BedInfo(long id, long careHomeId, String code, String room, LocalDate commissionedOn, LocalDate retiredOn) {
        this(id, careHomeId, code, room, commissionedOn, retiredOn, List.of());
    }

    public static BedInfo of(Bed bed) {
        return new BedInfo(
                bed.getId(),
                bed.getCareHomeId(),
                bed.getCode(),
                bed.getRoom(),
                bed.getCommissionedOn(),
                bed.getRetiredOn(),
                bed.getOutages());
    }

    /** {@link Bed#inService}. */
    public boolean inServiceOn(LocalDate day) {
        return Bed.inService(commissionedOn, retiredOn, outages, day);
    }

    /** The day it last came back into service, or null: the board offers to retire it only after that day. */
    public LocalDate lastReturnedOn() {
        return outages.isEmpty() ? null : outages.get(outages.size() - 1).until();
    }
}
