package com.jialicare.domain.model.adjustment;

import java.math.BigDecimal;

/** RULES.md §8.4: back-pay (补发) when more is owed to the home, recovery (追缴) when the home was paid too much. */
public enum AdjustmentType {
    BACK_PAY,
    RECOVERY;

    public static AdjustmentType of(BigDecimal amount) {
        if (amount.signum() == 0) {
            throw new IllegalArgumentException("Nothing is owed: no adjustment");
        }
        return amount.signum() > 0 ? BACK_PAY : RECOVERY;
    }
}
