package com.jialicare.domain.service;

import com.jialicare.domain.model.registry.CaseReason;
import com.jialicare.domain.model.registry.ReportedEventKind;
import com.jialicare.domain.model.shared.DischargeReason;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a death or hukou move reported from outside does to a person's records (docs/RULES.md §8.5), decided from
 * the facts alone: end a stay, correct a discharge, record a hukou change, nothing (the records already say so), or
 * a case for the county auditor. Plain Java; the service gathers the facts, locks, and performs the answer through
 * the ordinary stay and resident services (so §2 is checked again there).
 */
public final class ReportedEventMatching {

    private ReportedEventMatching() {}

    /** What to do. */
    public enum Effect {
        END_STAY,
        CORRECT_DISCHARGE,
        RECORD_HUKOU,
        NOTHING,
        CASE
    }

    /** A stay of the person; {@code changeable}: the importing caller may change it (its home is in their scope). */
    public record StayFacts(
            long stayId,
            String countyCode,
            LocalDate admittedOn,
            LocalDate dischargedOn,
            DischargeReason dischargeReason,
            boolean changeable) {

        boolean coversDayBefore(LocalDate day) {
            return admittedOn.isBefore(day) && (dischargedOn == null || dischargedOn.isAfter(day));
        }
    }

    /**
     * A person found by the ID number in the caller's scope: their stays; whether their hukou is local on the
     * reported day; the days of hukou entries on or after it (other than the first entry, the fact as first
     * recorded); the days other lists (not dismissed) reported for the same kind; and the county of their
     * registering home (null if none).
     */
    public record Person(
            List<StayFacts> stays,
            boolean localOnDay,
            List<LocalDate> hukouEntriesFromDay,
            List<LocalDate> otherReportedDays,
            String registeringCounty) {}

    /** The answer: the effect, the stay concerned (if any), a case's reason, and the county whose queue it is on. */
    public record Decision(Effect effect, Long stayId, CaseReason reason, String countyCode) {

        static Decision caseOf(CaseReason reason, Long stayId, String county) {
            return new Decision(Effect.CASE, stayId, reason, county);
        }
    }

    /**
     * Decides a reported event.
     *
     * @param person the person with that ID number in the caller's scope, or empty
     * @param importerCounty the importing county auditor's county (null for the city), queue of unknown numbers
     */
    public static Decision decide(
            ReportedEventKind kind, LocalDate day, LocalDate today, Optional<Person> person, String importerCounty) {
        if (person.isEmpty()) {
            return Decision.caseOf(CaseReason.UNKNOWN_ID_NUMBER, null, importerCounty);
        }
        Person p = person.get();
        String home = homeCounty(p, importerCounty);
        if (day.isAfter(today)) {
            return Decision.caseOf(CaseReason.DATE_IN_FUTURE, null, home);
        }
        if (!p.otherReportedDays().isEmpty() && !p.otherReportedDays().contains(day)) {
            return Decision.caseOf(CaseReason.CONFLICTING_REPORT, null, home);
        }
        return kind == ReportedEventKind.DEATH ? death(p, day, home) : hukouMove(p, day, home);
    }

    private static Decision death(Person p, LocalDate day, String home) {
        Optional<StayFacts> after =
                p.stays().stream().filter(s -> !s.admittedOn().isBefore(day)).findFirst();
        if (after.isPresent()) {
            return Decision.caseOf(
                    CaseReason.STAY_AFTER_DEATH,
                    after.get().stayId(),
                    after.get().countyCode());
        }
        Optional<StayFacts> covering =
                p.stays().stream().filter(s -> s.coversDayBefore(day)).findFirst();
        if (covering.isPresent()) {
            StayFacts s = covering.get();
            if (!s.changeable()) {
                return Decision.caseOf(CaseReason.STAY_IN_OTHER_COUNTY, s.stayId(), s.countyCode());
            }
            return new Decision(
                    s.dischargedOn() == null ? Effect.END_STAY : Effect.CORRECT_DISCHARGE,
                    s.stayId(),
                    null,
                    s.countyCode());
        }
        Optional<StayFacts> endedThatDay = p.stays().stream()
                .filter(s -> day.equals(s.dischargedOn()) && s.dischargeReason() != DischargeReason.DECEASED)
                .findFirst();
        if (endedThatDay.isPresent()) {
            StayFacts s = endedThatDay.get();
            if (!s.changeable()) {
                return Decision.caseOf(CaseReason.STAY_IN_OTHER_COUNTY, s.stayId(), s.countyCode());
            }
            return new Decision(Effect.CORRECT_DISCHARGE, s.stayId(), null, s.countyCode());
        }
        // discharged before the death, or on its day as DECEASED, or never admitted: the records agree
        return new Decision(Effect.NOTHING, null, null, home);
    }

    private static Decision hukouMove(Person p, LocalDate day, String home) {
        if (!p.localOnDay()) {
            return new Decision(Effect.NOTHING, null, null, home);
        }
        if (!p.hukouEntriesFromDay().isEmpty()) {
            return Decision.caseOf(CaseReason.HUKOU_HISTORY_CONFLICT, null, home);
        }
        return new Decision(Effect.RECORD_HUKOU, null, null, home);
    }

    /** The county of the person's latest stay's home, else of their registering home, else the importer's. */
    static String homeCounty(Person p, String importerCounty) {
        return p.stays().stream()
                .max(Comparator.comparing(StayFacts::admittedOn))
                .map(StayFacts::countyCode)
                .or(() -> Optional.ofNullable(p.registeringCounty()))
                .orElse(importerCounty);
    }
}
