package com.jialicare.domain.model.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The construction subsidy for one bed.
 *
 * @param amount        scale 2; 0.00 when excluded
 * @param reason        {@code null} when eligible
 * @param policyVersion the version whose rate gave the amount (in force on the commissioning day), or
 *                      the version in force on the as-of date when the bed is excluded
 */
public record ConstructionLine(
        long bedId,
        String bedCode,
        LocalDate commissionedOn,
        boolean eligible,
        BigDecimal amount,
        ExclusionReason reason,
        int policyVersion) {

    public ConstructionLine {
        Checks.required(bedCode, "bedCode");
        Checks.required(commissionedOn, "commissionedOn");
        amount = Checks.money(amount, "amount");
        Checks.consistent(eligible, amount, reason, policyVersion);
    }

    public static ConstructionLine eligible(BedFacts bed, BigDecimal amount, int policyVersion) {
        return new ConstructionLine(bed.bedId(), bed.code(), bed.commissionedOn(), true, amount, null, policyVersion);
    }

    public static ConstructionLine excluded(BedFacts bed, ExclusionReason reason, int policyVersion) {
        return new ConstructionLine(
                bed.bedId(), bed.code(), bed.commissionedOn(), false, Checks.ZERO, reason, policyVersion);
    }

    /** The stable reason code, {@code null} when eligible. */
    public String reasonCode() {
        return reason == null ? null : reason.code();
    }

    /** The readable reason in that locale, {@code null} when eligible. */
    public String reasonText(Locale locale) {
        return reason == null ? null : reason.reason(locale);
    }
}
