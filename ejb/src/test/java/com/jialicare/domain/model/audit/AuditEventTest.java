package com.jialicare.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What kind an audit event is, as the history pages and GET /api/audit mark it (docs/RULES.md §8). */
class AuditEventTest {

    private static final Instant NOW = Instant.parse("2024-05-01T02:00:00Z");

    @Test
    @DisplayName("a reason makes a correction, an effective day a change, neither a plain event")
    void kinds() {
        List<FieldChange> changes = List.of(FieldChange.of("hukouCode", "511102", "511181"));
        AuditEvent correction =
                new AuditEvent(NOW, "a", "CORRECT_RESIDENT", "Resident", 1L, null, "typo", null, changes);
        AuditEvent change =
                new AuditEvent(NOW, "a", "CHANGE_HUKOU", "Resident", 1L, null, null, LocalDate.of(2024, 5, 1), changes);
        AuditEvent plain = new AuditEvent(NOW, "a", "ADMITTED", "Stay", 1L, "bed 1");
        assertThat(correction.getKind()).isEqualTo(AuditFilter.Kind.CORRECTION);
        assertThat(change.getKind()).isEqualTo(AuditFilter.Kind.CHANGE);
        assertThat(plain.getKind()).isNull();
        assertThat(correction.getChanges()).containsExactlyElementsOf(changes);
    }

    @Test
    @DisplayName("an action WITHDRAW_<THING> is a withdrawal")
    void withdrawal() {
        assertThat(new AuditEvent(NOW, "a", "WITHDRAW_ABSENCE", "Absence", 1L, null, "wrong", null, List.of())
                        .isWithdrawal())
                .isTrue();
        assertThat(new AuditEvent(NOW, "a", "DISCHARGED", "Stay", 1L, null).isWithdrawal())
                .isFalse();
    }
}
