package com.jialicare.domain.model.subsidy;

import com.jialicare.domain.model.policy.ClawbackMode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A construction subsidy to recover because its bed left the hold period early (docs/RULES.md §8.6).
 *
 * @param bedId       the bed
 * @param amount      to recover, yuan, scale 2, more than zero (positive: the ledger books it as a recovery)
 * @param triggeredOn the day of the trigger (the retirement, closing or change day; it may be before the payment)
 * @param trigger     what happened
 * @param monthsLeft  whole months of the hold left, counted from the trigger day (from the payment day when the
 *                    trigger came before it) to {@code heldUntil}
 * @param holdMonths  the hold months of the paid line's policy version
 * @param mode        the clawback mode of that version
 * @param heldUntil   the first day after the hold period
 */
public record Clawback(
        long bedId,
        BigDecimal amount,
        LocalDate triggeredOn,
        HoldTrigger trigger,
        int monthsLeft,
        int holdMonths,
        ClawbackMode mode,
        LocalDate heldUntil) {}
