package com.jialicare.domain.model.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.shared.BusinessException;
import com.jialicare.domain.model.shared.DatedHistory;
import com.jialicare.domain.model.shared.IdNumber;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/RULES.md §8.1–8.2 on a resident: dated hukou and state support, withdrawn entries kept and ignored. */
class ResidentHistoriesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate BORN = LocalDate.of(1949, 12, 31);
    private static final IdNumber ID = IdNumber.of("11010519491231002X");

    private static Resident resident() {
        Resident r = new Resident("张三", ID, "510104", false, null, NOW);
        r.assess(2, LocalDate.of(2024, 1, 1));
        return r;
    }

    private static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    @Test
    @DisplayName("§8.1 a new resident's histories hold one entry each, from the birth date")
    void firstEntriesFromBirth() {
        Resident r = resident();
        assertThat(r.hukouHistory().entries()).containsExactly(new DatedHistory.Entry<>(BORN, "510104"));
        assertThat(r.stateSupportHistory().entries()).containsExactly(new DatedHistory.Entry<>(BORN, false));
    }

    @Test
    @DisplayName("§8.1 a change adds an entry; today's value follows the latest one; the same day twice is refused")
    void changes() {
        Resident r = resident();
        r.changeHukou(LocalDate.of(2025, 4, 15), "511102");
        r.changeStateSupport(LocalDate.of(2025, 7, 10), true);
        assertThat(r.getHukouCode()).isEqualTo("511102");
        assertThat(r.isStateSupported()).isTrue();
        assertThat(r.hukouHistory().valueOn(LocalDate.of(2025, 4, 14))).contains("510104");
        assertThat(r.stateSupportHistory().valueOn(LocalDate.of(2025, 7, 9))).contains(false);
        assertThatThrownBy(() -> r.changeHukou(LocalDate.of(2025, 4, 15), "511111"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("DUPLICATE_EFFECTIVE_DATE"));
        assertThat(r.hukouHistory().entries()).hasSize(2);
        assertThat(r.getHukouCode()).isEqualTo("511102");
    }

    @Test
    @DisplayName("§8.2 a withdrawn entry is kept, marked, and ignored; the only entry cannot be withdrawn")
    void withdraw() {
        Resident r = resident();
        r.changeStateSupport(LocalDate.of(2025, 7, 10), true);
        r.withdrawStateSupport(LocalDate.of(2025, 7, 10), NOW, "auditor", "entered for the wrong person");
        assertThat(r.isStateSupported()).isFalse();
        assertThat(r.stateSupportHistory().entries()).hasSize(1);
        assertThat(r.getStateSupportEntries()).hasSize(2);
        StateSupportEntry withdrawn = r.getStateSupportEntries().get(1);
        assertThat(withdrawn.isWithdrawn()).isTrue();
        assertThat(withdrawn.getWithdrawnBy()).isEqualTo("auditor");
        assertThat(withdrawn.getWithdrawnReason()).isEqualTo("entered for the wrong person");
        // a new entry may take the withdrawn one's day
        r.changeStateSupport(LocalDate.of(2025, 7, 10), true);
        assertThat(r.stateSupportHistory().entries()).hasSize(2);

        assertThatThrownBy(() -> r.withdrawHukou(BORN, NOW, "a", "b"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LAST_ENTRY"));
        assertThatThrownBy(() -> r.withdrawHukou(LocalDate.of(2020, 1, 1), NOW, "a", "b"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("NO_SUCH_ENTRY"));
    }

    @Test
    @DisplayName("§8.2 a withdrawn assessment no longer gives the level; the last one cannot be withdrawn")
    void withdrawAssessment() {
        Resident r = resident();
        r.assess(4, LocalDate.of(2025, 1, 1));
        r.withdrawAssessment(LocalDate.of(2025, 1, 1), NOW, "a", "wrong form");
        assertThat(r.levelOn(LocalDate.of(2025, 6, 1))).contains(2);
        assertThat(r.getAssessments()).hasSize(1);
        assertThat(r.hasAssessmentOn(LocalDate.of(2025, 1, 1))).isFalse();
        assertThatThrownBy(() -> r.withdrawAssessment(LocalDate.of(2024, 1, 1), NOW, "a", "b"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LAST_ENTRY"));
    }

    @Test
    @DisplayName("§8.2 correcting an entry in place rewrites it as if it had always been so")
    void correctInPlace() {
        Resident r = resident();
        r.correctHukou(BORN, "511102");
        r.correctAssessment(LocalDate.of(2024, 1, 1), 3);
        assertThat(r.getHukouCode()).isEqualTo("511102");
        assertThat(r.hukouHistory().entries()).hasSize(1);
        assertThat(r.levelOn(LocalDate.of(2024, 6, 1))).contains(3);
    }

    @Test
    @DisplayName("§8.2 a corrected ID number brings its birth date and sex")
    void correctIdNumber() {
        Resident r = resident();
        String first17 = "11010519500101001";
        IdNumber other = IdNumber.of(first17 + IdNumber.checkCharacter(first17));
        r.correctIdNumber(other);
        assertThat(r.getBirthDate()).isEqualTo(LocalDate.of(1950, 1, 1));
        assertThat(r.getSex()).isEqualTo(other.sex());
        assertThat(r.getIdNumberValue()).isEqualTo(other.value());
    }
}
