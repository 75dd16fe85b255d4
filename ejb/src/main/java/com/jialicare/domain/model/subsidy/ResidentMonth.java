package com.jialicare.domain.model.subsidy;

import java.time.YearMonth;

/** A calendar month of one stay: the unit of the operating subsidy and of "already claimed". */
public record ResidentMonth(long stayId, YearMonth month) {

    public ResidentMonth {
        Checks.required(month, "month");
    }
}
