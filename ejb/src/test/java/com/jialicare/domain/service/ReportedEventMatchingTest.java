package com.jialicare.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.jialicare.domain.model.registry.CaseReason;
import com.jialicare.domain.model.registry.ReportedEventKind;
import com.jialicare.domain.model.shared.DischargeReason;
import com.jialicare.domain.service.ReportedEventMatching.Decision;
import com.jialicare.domain.service.ReportedEventMatching.Effect;
import com.jialicare.domain.service.ReportedEventMatching.Person;
import com.jialicare.domain.service.ReportedEventMatching.StayFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What a reported death or hukou move does to the records (RULES.md §8.5)")
class ReportedEventMatchingTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate DEATH = LocalDate.of(2025, 3, 10);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static StayFacts stay(long id, String from, String until, DischargeReason reason) {
        return new StayFacts(id, "511102", d(from), until == null ? null : d(until), reason, true);
    }

    private static Optional<Person> person(StayFacts... stays) {
        return Optional.of(new Person(List.of(stays), true, List.of(), List.of(), "511102"));
    }

    private static Decision death(Optional<Person> p) {
        return ReportedEventMatching.decide(ReportedEventKind.DEATH, DEATH, TODAY, p, "511181");
    }

    @Test
    @DisplayName("a death inside an open stay ends it; inside a stay discharged later corrects the discharge")
    void endsOrCorrects() {
        assertThat(death(person(stay(1, "2024-01-01", null, null))))
                .isEqualTo(new Decision(Effect.END_STAY, 1L, null, "511102"));
        assertThat(death(person(stay(1, "2024-01-01", "2025-05-01", DischargeReason.HOSPITAL)))
                        .effect())
                .isEqualTo(Effect.CORRECT_DISCHARGE);
    }

    @Test
    @DisplayName("discharged on the day of death with another reason: the reason is corrected; as DECEASED: nothing")
    void dischargeOnTheDay() {
        assertThat(death(person(stay(1, "2024-01-01", "2025-03-10", DischargeReason.HOSPITAL)))
                        .effect())
                .isEqualTo(Effect.CORRECT_DISCHARGE);
        assertThat(death(person(stay(1, "2024-01-01", "2025-03-10", DischargeReason.DECEASED)))
                        .effect())
                .isEqualTo(Effect.NOTHING);
    }

    @Test
    @DisplayName("discharged before the death, or never admitted: the records agree, nothing to change")
    void nothingToChange() {
        assertThat(death(person(stay(1, "2024-01-01", "2025-01-01", DischargeReason.RETURNED_HOME)))
                        .effect())
                .isEqualTo(Effect.NOTHING);
        assertThat(death(person()).effect()).isEqualTo(Effect.NOTHING);
    }

    @Test
    @DisplayName("a stay that starts on or after the death is a case on the queue of that stay's county")
    void stayAfterDeath() {
        StayFacts later = new StayFacts(2, "511123", DEATH, null, null, true);
        Decision d = death(person(stay(1, "2024-01-01", "2025-02-01", DischargeReason.MOVED_TO_OTHER_HOME), later));
        assertThat(d).isEqualTo(new Decision(Effect.CASE, 2L, CaseReason.STAY_AFTER_DEATH, "511123"));
    }

    @Test
    @DisplayName("unknown (or outside the scope): a case on the importer's queue; a future day: a case on the home's")
    void unknownAndFuture() {
        assertThat(death(Optional.empty()))
                .isEqualTo(new Decision(Effect.CASE, null, CaseReason.UNKNOWN_ID_NUMBER, "511181"));
        Decision future = ReportedEventMatching.decide(
                ReportedEventKind.DEATH, TODAY.plusDays(1), TODAY, person(stay(1, "2024-01-01", null, null)), null);
        assertThat(future).isEqualTo(new Decision(Effect.CASE, null, CaseReason.DATE_IN_FUTURE, "511102"));
    }

    @Test
    @DisplayName("the stay to end is in a home the importer does not see: a case on that home's county's queue")
    void otherCounty() {
        StayFacts elsewhere = new StayFacts(1, "511124", d("2024-01-01"), null, null, false);
        assertThat(death(person(elsewhere)))
                .isEqualTo(new Decision(Effect.CASE, 1L, CaseReason.STAY_IN_OTHER_COUNTY, "511124"));
    }

    @Test
    @DisplayName("another list said another day: a case; the same day: applied as usual")
    void conflictingReports() {
        Optional<Person> p = Optional.of(new Person(
                List.of(stay(1, "2024-01-01", null, null)), true, List.of(), List.of(d("2025-03-01")), null));
        assertThat(death(p).reason()).isEqualTo(CaseReason.CONFLICTING_REPORT);
        Optional<Person> same = Optional.of(
                new Person(List.of(stay(1, "2024-01-01", null, null)), true, List.of(), List.of(DEATH), null));
        assertThat(death(same).effect()).isEqualTo(Effect.END_STAY);
    }

    @Test
    @DisplayName(
            "a hukou move: recorded when local that day; nothing when already outside; a case when later entries exist")
    void hukouMove() {
        LocalDate move = d("2025-04-15");
        Person local = new Person(List.of(), true, List.of(), List.of(), "511102");
        assertThat(ReportedEventMatching.decide(
                                ReportedEventKind.HUKOU_MOVED_OUT, move, TODAY, Optional.of(local), null)
                        .effect())
                .isEqualTo(Effect.RECORD_HUKOU);
        Person outside = new Person(List.of(), false, List.of(), List.of(), "511102");
        assertThat(ReportedEventMatching.decide(
                                ReportedEventKind.HUKOU_MOVED_OUT, move, TODAY, Optional.of(outside), null)
                        .effect())
                .isEqualTo(Effect.NOTHING);
        Person later = new Person(List.of(), true, List.of(d("2025-05-01")), List.of(), "511102");
        assertThat(ReportedEventMatching.decide(
                                ReportedEventKind.HUKOU_MOVED_OUT, move, TODAY, Optional.of(later), null)
                        .reason())
                .isEqualTo(CaseReason.HUKOU_HISTORY_CONFLICT);
    }

    @Test
    @DisplayName("the kind is read in Chinese, English or as its code; anything else is refused")
    void kinds() {
        assertThat(ReportedEventKind.of("死亡")).isEqualTo(ReportedEventKind.DEATH);
        assertThat(ReportedEventKind.of(" 户籍迁出 ")).isEqualTo(ReportedEventKind.HUKOU_MOVED_OUT);
        assertThat(ReportedEventKind.of("Hukou moved out")).isEqualTo(ReportedEventKind.HUKOU_MOVED_OUT);
        assertThat(ReportedEventKind.of("HUKOU_MOVED_OUT")).isEqualTo(ReportedEventKind.HUKOU_MOVED_OUT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportedEventKind.of("出走"))
                .hasFieldOrPropertyWithValue("code", "INVALID_EVENT_KIND");
    }
}
