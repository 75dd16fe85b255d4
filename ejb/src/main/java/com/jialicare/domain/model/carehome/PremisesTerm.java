package com.jialicare.domain.model.carehome;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Premises;
import java.time.LocalDate;

/**
 * A home's premises and, when leased, the lease's end (docs/RULES.md §3.1): one value of the premises history.
 *
 * @throws BusinessException {@code PREMISES_REQUIRED}, {@code LEASE_END_REQUIRED}, {@code LEASE_END_NOT_ALLOWED}
 */
public record PremisesTerm(Premises premises, LocalDate leaseEndsOn) implements java.io.Serializable {

    public PremisesTerm {
        if (premises == null) {
            throw BusinessException.invalid("PREMISES_REQUIRED", "premises", "premises is required: OWNED or LEASED");
        }
        if (premises == Premises.LEASED && leaseEndsOn == null) {
            throw BusinessException.invalid(
                    "LEASE_END_REQUIRED", "leaseEndsOn", "A leased home needs the lease's end date");
        }
        if (premises == Premises.OWNED && leaseEndsOn != null) {
            throw BusinessException.invalid(
                    "LEASE_END_NOT_ALLOWED", "leaseEndsOn", "An owned home has no lease end date");
        }
    }

    @Override
    public String toString() {
        return leaseEndsOn == null ? premises.name() : premises.name() + " until " + leaseEndsOn;
    }
}
