package com.jialicare.domain.model.subsidy;

import com.jialicare.domain.model.shared.CapabilityLevel;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The operating subsidy for one resident-month.
 *
 * @param presentDays   days of the month inside the stay and outside its absences
 * @param level         the capability level on the last day of the month in the stay
 * @param amount        the monthly rate of that level, scale 2; 0.00 when excluded
 * @param reason        {@code null} when eligible
 * @param policyVersion the version in force on the last day of the month in the stay; all conditions of
 *                      the month and the rate come from it
 */
public record OperatingLine(
        long residentId,
        long stayId,
        YearMonth month,
        int presentDays,
        CapabilityLevel level,
        boolean eligible,
        BigDecimal amount,
        ExclusionReason reason,
        int policyVersion) {

    public OperatingLine {
        Checks.required(month, "month");
        Checks.required(level, "level");
        if (presentDays < 0 || presentDays > month.lengthOfMonth()) {
            throw Checks.invalid(
                    "presentDays",
                    "Present days must be 0 to " + month.lengthOfMonth() + ", was " + presentDays,
                    presentDays);
        }
        amount = Checks.money(amount, "amount");
        Checks.consistent(eligible, amount, reason, policyVersion);
    }

    /** The key of this line for "already claimed". */
    public ResidentMonth residentMonth() {
        return new ResidentMonth(stayId, month);
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
