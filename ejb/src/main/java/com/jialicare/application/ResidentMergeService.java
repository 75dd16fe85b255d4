package com.jialicare.application;

import com.jialicare.application.carehome.BedsChanged;
import com.jialicare.application.security.CallerCache;
import com.jialicare.application.security.CurrentCaller;
import com.jialicare.application.security.Visibility;
import com.jialicare.domain.model.audit.CorrectionReason;
import com.jialicare.domain.model.audit.FieldChange;
import com.jialicare.domain.model.resident.Resident;
import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.Role;
import com.jialicare.domain.model.stay.Stay;
import com.jialicare.domain.model.user.Caller;
import com.jialicare.domain.service.Residency;
import com.jialicare.infrastructure.persistence.resident.ResidentMerges;
import com.jialicare.infrastructure.persistence.stay.StayRepository;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Two registrations of one person (one under a mistyped ID number) merged into one (docs/RULES.md §8.2): the
 * other's stays, assessments, family links and application lines move to the kept registration, and the other
 * is deleted; the audit trail of both keeps what was merged, by whom and why. Open to the auditors of the
 * county or city and ADMIN, both registrations in their scope; not to a home's administrator, who may see
 * only one of the two and whose home is not the only one a person's record spans.
 */
@Stateless
public class ResidentMergeService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller callers;

    @Inject
    private Visibility visibility;

    @Inject
    private AuditTrail audit;

    @Inject
    private StayRepository stays;

    @Inject
    private ResidentMerges merges;

    @Inject
    private Event<BedsChanged> bedsChanged;

    @Inject
    private Event<CallerCache.AccountChanged> accountChanged;

    /**
     * Merges {@code otherResidentId} into {@code residentId}. Both are locked in id order before their stays
     * are read; {@code 409 STAY_OVERLAP} when their stays overlap, and nothing changes.
     *
     * @return the kept registration, read again
     */
    public Resident merge(long residentId, Long otherResidentId, String reason) {
        Caller caller = callers.get();
        caller.require(Role.ADMIN, Role.COUNTY_AUDITOR, Role.CITY_AUDITOR);
        if (otherResidentId == null) {
            throw BusinessException.invalid("FIELD_REQUIRED", "otherResidentId", "otherResidentId is required");
        }
        Resident kept = visibility.resident(caller, residentId);
        Resident other = visibility.resident(caller, otherResidentId);
        if (residentId == otherResidentId) {
            throw BusinessException.invalid(
                    "SAME_RESIDENT", "otherResidentId", "A registration cannot be merged into itself");
        }
        String why = CorrectionReason.require(reason);
        Text.checkCharacters(why, "reason");
        // both people, in id order: two merges (or a merge and an admission) never wait on each other in a circle
        Resident first = residentId < otherResidentId ? kept : other;
        Resident second = first == kept ? other : kept;
        em.refresh(first, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(second, LockModeType.PESSIMISTIC_WRITE);

        List<Stay> keptStays = stays.ofResident(residentId);
        List<Stay> otherStays = stays.ofResident(otherResidentId);
        Residency.requireMergeable(keptStays, otherStays);

        String otherWas = other.getName() + " " + other.getIdNumberValue() + " (#" + otherResidentId + ")";
        List<Long> movedStays = otherStays.stream().map(Stay::getId).sorted().toList();
        TreeSet<Long> homes = new TreeSet<>();
        keptStays.forEach(s -> homes.add(s.getCareHomeId()));
        otherStays.forEach(s -> homes.add(s.getCareHomeId()));
        List<String> family = new ArrayList<>(merges.familyUsernames(otherResidentId));

        int dropped = merges.moveAndDelete(otherResidentId, residentId);

        homes.forEach(h -> bedsChanged.fire(new BedsChanged(h)));
        family.forEach(u -> accountChanged.fire(new CallerCache.AccountChanged(u)));
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("mergedResident", otherWas, null));
        // the other's own hukou and state-support histories go with it; the kept registration's stand
        changes.add(FieldChange.of("hukouCode", other.getHukouCode(), kept.getHukouCode()));
        changes.add(FieldChange.of("stateSupported", other.isStateSupported(), kept.isStateSupported()));
        changes.add(FieldChange.of("stays", null, movedStays.toString()));
        if (dropped > 0) {
            changes.add(FieldChange.of("assessments", dropped + " of the other on days already assessed", null));
        }
        audit.recordCorrection("RESIDENT_MERGED", "Resident", residentId, why, changes);
        audit.recordCorrection(
                "RESIDENT_MERGED_INTO",
                "Resident",
                otherResidentId,
                why,
                List.of(FieldChange.of("mergedInto", null, residentId)));
        for (Long stayId : movedStays) {
            audit.recordCorrection(
                    "STAY_RESIDENT_MERGED",
                    "Stay",
                    stayId,
                    why,
                    List.of(FieldChange.of("residentId", otherResidentId, residentId)));
        }
        Resident merged = em.find(Resident.class, residentId);
        merged.getAssessments().size();
        return merged;
    }
}
