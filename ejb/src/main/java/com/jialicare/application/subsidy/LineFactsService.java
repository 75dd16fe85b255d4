package com.jialicare.application.subsidy;

import com.jialicare.application.ApplicationService;
import com.jialicare.application.ApplicationService.Details;
import com.jialicare.application.CareHomeService;
import com.jialicare.application.PolicyService;
import com.jialicare.application.ResidentService;
import com.jialicare.application.StayService;
import com.jialicare.application.carehome.BedInfo;
import com.jialicare.application.carehome.BedOnDay;
import com.jialicare.application.subsidy.LineFacts.Assessed;
import com.jialicare.application.subsidy.LineFacts.Away;
import com.jialicare.application.subsidy.LineFacts.BedLine;
import com.jialicare.application.subsidy.LineFacts.InBed;
import com.jialicare.application.subsidy.LineFacts.ResidentMonth;
import com.jialicare.domain.model.application.FrozenLine;
import com.jialicare.domain.model.carehome.CareHome;
import com.jialicare.domain.model.policy.PolicyVersion;
import com.jialicare.domain.model.policy.PolicyVersionRecord;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.stay.Stay;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facts behind a line of an application (RULES.md §5), for the auditor's "facts" dialog and
 * {@code GET /api/applications/{id}/lines/{lineNo}/facts}: one call, one transaction, whoever may read the
 * application (the services it asks check the caller again).
 */
@Stateless
public class LineFactsService {

    @Inject
    private ApplicationService applications;

    @Inject
    private PolicyService policies;

    @Inject
    private CareHomeService homes;

    @Inject
    private StayService stays;

    @Inject
    private ResidentService residents;

    /**
     * The facts behind line {@code lineNo} of the application's revision (the latest if null).
     *
     * @throws BusinessException 404 {@code APPLICATION_NOT_FOUND} for an application the caller does not see,
     *                           404 {@code LINE_NOT_FOUND} for a line it does not have
     */
    public LineFacts factsBehind(long applicationId, Integer revision, int lineNo) {
        Details d = applications.get(applicationId, revision);
        FrozenLine line = d.lines().stream()
                .filter(l -> l.getLineNo() == lineNo)
                .findFirst()
                .orElseThrow(() -> BusinessException.notFound(
                        "LINE_NOT_FOUND",
                        "Application " + applicationId + " has no line " + lineNo,
                        applicationId,
                        lineNo));
        PolicyVersion policy = policies.version(line.getPolicyVersion())
                .map(PolicyVersionRecord::toPolicyVersion)
                .orElse(null);
        YearMonth month = line.getMonth() == null ? null : YearMonth.from(line.getMonth());
        if (line.getBedId() != null) {
            return new LineFacts(
                    applicationId,
                    d.revisionShown(),
                    lineNo,
                    month,
                    policy(policy, policy == null ? null : policy.constructionRatePerBed()),
                    null,
                    bed(line, d.home(), d.application().getAsOf()));
        }
        BigDecimal rate = policy == null || line.getCareLevel() == null
                ? null
                : policy.monthlyRate(CapabilityLevel.of(line.getCareLevel()));
        return new LineFacts(
                applicationId,
                d.revisionShown(),
                lineNo,
                month,
                policy(policy, rate),
                residentMonth(line, month, policy),
                null);
    }

    private BedLine bed(FrozenLine line, CareHome home, java.time.LocalDate asOf) {
        com.jialicare.domain.model.carehome.PremisesTerm premises =
                home.premisesHistory().valueOn(asOf).orElseThrow();
        BedOnDay bed = homes.bedsOn(home.getId(), asOf).stream()
                .filter(b -> b.bed().id() == line.getBedId())
                .findFirst()
                .orElseThrow(() ->
                        BusinessException.notFound("BED_NOT_FOUND", "No bed " + line.getBedId(), line.getBedId()));
        return new BedLine(
                bed.bed().id(),
                bed.bed().code(),
                bed.bed().room(),
                bed.bed().commissionedOn(),
                bed.bed().retiredOn(),
                bed.status(),
                // the home's facts on the as-of date, as the calculator read them (docs/RULES.md §8.1)
                home.ownershipHistory().valueOn(asOf).orElse(home.getOwnership()),
                home.getFiledOn(),
                home.filedBedsHistory().valueOn(asOf).orElse(home.getFiledBeds()),
                premises.premises(),
                premises.leaseEndsOn());
    }

    private ResidentMonth residentMonth(FrozenLine line, YearMonth month, PolicyVersion policy) {
        Stay stay = stays.get(line.getStayId());
        Resident resident = residents.get(line.getResidentId());
        Map<Long, BedInfo> beds = homes.bedsOn(stay.getCareHomeId(), month.atEndOfMonth()).stream()
                .map(BedOnDay::bed)
                .collect(Collectors.toMap(BedInfo::id, Function.identity()));
        // docs/RULES.md §8.1: hukou and state support as on the line's day, the last day in the stay that month
        LocalDate day = stay.getDischargedOn() != null
                        && stay.getDischargedOn().isBefore(month.atEndOfMonth().plusDays(1))
                ? stay.getDischargedOn().minusDays(1)
                : month.atEndOfMonth();
        String hukou = resident.hukouHistory().valueOn(day).orElse(resident.getHukouCode());
        return new ResidentMonth(
                resident.getId(),
                resident.getName(),
                resident.getIdNumber().masked(),
                resident.getBirthDate(),
                hukou,
                policy == null ? null : policy.isLocalHukou(hukou),
                resident.stateSupportHistory().valueOn(day).orElse(resident.isStateSupported()),
                resident.getAssessments().stream()
                        .map(a -> new Assessed(a.getLevel(), a.getEffectiveOn()))
                        .sorted(Comparator.comparing(Assessed::effectiveOn))
                        .toList(),
                stay.getId(),
                stay.getAdmittedOn(),
                stay.getDischargedOn(),
                stay.getDischargeReason(),
                stay.getOccupancies().stream()
                        .map(o -> {
                            BedInfo b = beds.get(o.getBedId());
                            return new InBed(
                                    b == null ? "#" + o.getBedId() : b.code(),
                                    b == null ? "" : b.room(),
                                    o.getFromOn(),
                                    o.getUntilOn());
                        })
                        .sorted(Comparator.comparing(InBed::from))
                        .toList(),
                stay.getAbsences().stream()
                        .map(a -> new Away(a.getKind(), a.getFromOn(), a.getUntilOn()))
                        .sorted(Comparator.comparing(Away::from))
                        .toList());
    }

    private static LineFacts.Policy policy(PolicyVersion p, BigDecimal rate) {
        return p == null
                ? null
                : new LineFacts.Policy(
                        p.version(),
                        p.effectiveFrom(),
                        rate,
                        p.minAge(),
                        p.minStayMonths(),
                        p.minDaysPresent(),
                        p.localHukouPrefix(),
                        p.minOperatingMonths(),
                        p.minLeaseYears(),
                        p.bedPolicyStartDate());
    }
}
