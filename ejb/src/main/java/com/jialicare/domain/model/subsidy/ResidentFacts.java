package com.jialicare.domain.model.subsidy;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the operating subsidy needs to know about a resident.
 *
 * @param birthDate      from the ID number
 * @param hukouCode      the 6-digit division code of the household registration (not the ID's prefix)
 * @param stateSupported 特困供养: already funded by the state
 * @param assessments    capability assessments; kept sorted by {@code effectiveOn} (stable, so of two
 *                       assessments on one day the one given later wins)
 */
public record ResidentFacts(
        long residentId, LocalDate birthDate, String hukouCode, boolean stateSupported, List<Assessment> assessments) {

    private static final Pattern HUKOU = Pattern.compile("\\d{6}");

    public ResidentFacts {
        Checks.required(birthDate, "birthDate");
        if (hukouCode == null || !HUKOU.matcher(hukouCode).matches()) {
            throw Checks.invalid("hukouCode", "A hukou is a 6-digit division code, was " + hukouCode, hukouCode);
        }
        List<Assessment> sorted = new ArrayList<>(Checks.listCopy(assessments, "assessments"));
        sorted.sort(Comparator.comparing(Assessment::effectiveOn));
        assessments = Collections.unmodifiableList(sorted);
    }

    /**
     * The capability level on that day: the latest assessment effective on or before it. A day before
     * the first assessment takes the earliest one: a resident is assessed on admission, so an earlier
     * day means the first assessment was dated a little late, and it is the best fact there is.
     *
     * @throws BusinessException {@code NO_ASSESSMENT} if the resident has never been assessed
     */
    public CapabilityLevel levelOn(LocalDate day) {
        if (assessments.isEmpty()) {
            throw BusinessException.invalid(
                    "NO_ASSESSMENT",
                    "assessments",
                    "Resident " + residentId + " has no capability assessment",
                    residentId);
        }
        // Binary search for the last assessment with effectiveOn <= day.
        int lo = 0;
        int hi = assessments.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (assessments.get(mid).effectiveOn().isAfter(day)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return assessments.get(found < 0 ? 0 : found).level();
    }
}
