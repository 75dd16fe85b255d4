package com.jialicare.application.subsidy;

import com.jialicare.application.carehome.BedStatus;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.model.shared.Ownership;
import com.jialicare.domain.model.shared.Premises;
import com.jialicare.domain.model.stay.AbsenceKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The facts behind one line of an application, as the registry records them now (RULES.md §5): for a
 * resident-month the resident, the stay with its beds and absences, the assessments; for a bed the bed and the
 * home's filing; for both the policy version the line used and the parameters that decided it. A read model
 * built by {@link LineFactsService} in one transaction; exactly one of {@code residentMonth} and {@code bed} is
 * set. Nothing here decides anything: the auditor compares it with the line.
 */
public record LineFacts(
        long applicationId,
        int revision,
        int lineNo,
        YearMonth month,
        Policy policy,
        ResidentMonth residentMonth,
        BedLine bed)
        implements Serializable {

    /** The policy version of the line; {@code rate} is the monthly rate of the line's level, or the rate per bed. */
    public record Policy(
            int version,
            LocalDate effectiveFrom,
            BigDecimal rate,
            int minAge,
            int minStayMonths,
            int minDaysPresent,
            String localHukouPrefix,
            int minOperatingMonths,
            int minLeaseYears,
            LocalDate bedPolicyStartDate)
            implements Serializable {}

    /** Who, whether their hukou is local under the line's policy, their stay, beds, absences and assessments. */
    public record ResidentMonth(
            long residentId,
            String residentName,
            String maskedIdNumber,
            LocalDate birthDate,
            String hukouCode,
            Boolean localHukou,
            boolean stateSupported,
            List<Assessed> assessments,
            long stayId,
            LocalDate admittedOn,
            LocalDate dischargedOn,
            DischargeReason dischargeReason,
            List<InBed> beds,
            List<Away> absences)
            implements Serializable {}

    /** The bed, its status on the application's as-of day, and the home's filing. */
    public record BedLine(
            long bedId,
            String bedCode,
            String room,
            LocalDate commissionedOn,
            LocalDate retiredOn,
            BedStatus statusOnAsOf,
            Ownership ownership,
            LocalDate filedOn,
            Integer filedBeds,
            Premises premises,
            LocalDate leaseEndsOn)
            implements Serializable {}

    public record Assessed(int level, LocalDate effectiveOn) implements Serializable {}

    public record InBed(String bedCode, String room, LocalDate from, LocalDate until) implements Serializable {}

    public record Away(AbsenceKind kind, LocalDate from, LocalDate until) implements Serializable {}
}
