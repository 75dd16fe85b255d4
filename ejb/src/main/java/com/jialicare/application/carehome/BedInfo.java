package com.jialicare.application.carehome;

import com.jialicare.domain.model.carehome.Bed;
import java.time.LocalDate;

/** What a bed board shows of a bed: an immutable copy, safe to share between requests. */
public record BedInfo(long id, long careHomeId, String code, String room, LocalDate commissionedOn, LocalDate retiredOn)
        implements java.io.Serializable {

    public static BedInfo of(Bed bed) {
        return new BedInfo(
                bed.getId(),
                bed.getCareHomeId(),
                bed.getCode(),
                bed.getRoom(),
                bed.getCommissionedOn(),
                bed.getRetiredOn());
    }

    /** {@link Bed#inService}. */
    public boolean inServiceOn(LocalDate day) {
        return Bed.inService(commissionedOn, retiredOn, day);
    }
}
