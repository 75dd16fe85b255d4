package com.jialicare.domain.model.subsidy;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.CapabilityLevel;
import com.jialicare.domain.model.shared.DatedHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the operating subsidy needs to know about a resident.
 *
 * @param birthDate    from the ID number
 * @param hukou        the dated history of the household registration's 6-digit division code (not the ID's
 *                     prefix); read on the day the rules name (docs/RULES.md §8.1), see {@link #hukouOn}
 * @param stateSupport the dated history of 特困供养 (already funded by the state), see {@link #stateSupportedOn}
 * @param assessments  capability assessments; kept sorted by {@code effectiveOn} (stable, so of two
 *                     assessments on one day the one given later wins)
 */
public record ResidentFacts(
        long residentId,
        LocalDate birthDate,
        DatedHistory<String> hukou,
        DatedHistory<Boolean> stateSupport,
        List<Assessment> assessments) {

    private static final Pattern HUKOU = Pattern.compile("\\d{6}");

    public ResidentFacts {
        Checks.required(birthDate, "birthDate");
        if (hukou == null || hukou.isEmpty()) {
            throw Checks.invalid("hukouCode", "A hukou is required", (Object) null);
        }
        for (DatedHistory.Entry<String> e : hukou.entries()) {
            if (!HUKOU.matcher(e.value()).matches()) {
                throw Checks.invalid("hukouCode", "A hukou is a 6-digit division code, was " + e.value(), e.value());
            }
        }
        if (stateSupport == null || stateSupport.isEmpty()) {
            throw Checks.invalid("stateSupported", "State support is required", (Object) null);
        }
        List<Assessment> sorted = new ArrayList<>(Checks.listCopy(assessments, "assessments"));
        sorted.sort(Comparator.comparing(Assessment::effectiveOn));
        assessments = Collections.unmodifiableList(sorted);
    }

    /** Facts with one hukou and one state support for every day (each a history of one entry from birth). */
    public ResidentFacts(
            long residentId,
            LocalDate birthDate,
            String hukouCode,
            boolean stateSupported,
            List<Assessment> assessments) {
        this(
                residentId,
                birthDate,
                hukouCode == null || birthDate == null ? null : DatedHistory.starting(birthDate, hukouCode),
                birthDate == null ? null : DatedHistory.starting(birthDate, stateSupported),
                assessments);
    }

    /** The hukou on that day (docs/RULES.md §8.1; a day before the first entry takes the first entry's). */
    public String hukouOn(LocalDate day) {
        return valueOn(hukou, day);
    }

    /** Whether the resident is state-supported on that day (as {@link #hukouOn}). */
    public boolean stateSupportedOn(LocalDate day) {
        return valueOn(stateSupport, day);
    }

    /** Today's hukou: the latest entry's. */
    public String hukouCode() {
        return hukou.latest().orElseThrow();
    }

    /** Today's state support: the latest entry's. */
    public boolean stateSupported() {
        return stateSupport.latest().orElseThrow();
    }

    private static <T> T valueOn(DatedHistory<T> history, LocalDate day) {
        List<DatedHistory.Entry<T>> entries = history.entries();
        T value = entries.get(0).value(); // a history of one entry, the usual case, needs no date comparison
        for (int i = 1; i < entries.size() && !entries.get(i).effectiveOn().isAfter(day); i++) {
            value = entries.get(i).value();
        }
        return value;
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
