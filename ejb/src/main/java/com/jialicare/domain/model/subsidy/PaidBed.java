package com.jialicare.domain.model.subsidy;

import com.jialicare.domain.model.policy.PolicyVersion;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A bed's construction subsidy as it was paid (docs/RULES.md §8.6): one eligible frozen line of a PAID
 * application's paid revision.
 *
 * @param bedId  the bed
 * @param amount what was paid for it, yuan (the frozen line's amount)
 * @param asOf   the application's as-of date
 * @param paidOn the application's payment day: the hold period starts on it
 * @param policy the policy version that gives the hold months and the clawback mode: the version in force on
 *               {@code asOf} in the policy table as it stood when the line was frozen (versions added later
 *               never move frozen money, §8.3)
 */
public record PaidBed(long bedId, BigDecimal amount, LocalDate asOf, LocalDate paidOn, PolicyVersion policy) {

    public PaidBed {
        Checks.required(amount, "amount");
        Checks.required(asOf, "asOf");
        Checks.required(paidOn, "paidOn");
        Checks.required(policy, "policy");
        if (amount.signum() < 0) {
            throw Checks.invalid("amount", "A paid amount is not negative, was " + amount.toPlainString(), amount);
        }
    }

    /** The first day after the hold period: paid on + the hold months (a trigger on it or later recovers nothing). */
    public LocalDate heldUntil() {
        return paidOn.plusMonths(policy.constructionHoldMonths());
    }
}
