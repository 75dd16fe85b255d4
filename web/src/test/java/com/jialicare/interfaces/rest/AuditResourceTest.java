package com.jialicare.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.audit.AuditEvent;
import com.jialicare.domain.model.audit.FieldChange;
import com.jialicare.domain.model.shared.BusinessException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GET /api/audit's answer and parameters (docs/RULES.md §8): each event as the API shows it; bad values 400. */
class AuditResourceTest {

    private static final Instant AT = Instant.parse("2024-05-01T02:00:00Z");

    @Test
    @DisplayName("a correction keeps its reason and each field's old and new value; a change its day; kinds named")
    void mapping() {
        var correction = AuditResource.EventView.of(
                new AuditEvent(
                        AT,
                        "auditor",
                        "CORRECT_STAY",
                        "Stay",
                        4L,
                        null,
                        "admission typed wrong",
                        null,
                        List.of(FieldChange.of("admittedOn", LocalDate.of(2024, 4, 2), LocalDate.of(2024, 4, 1)))) {
                    @Override
                    public Long getId() {
                        return 1L;
                    }
                });
        assertThat(correction.kind()).isEqualTo("CORRECTION");
        assertThat(correction.reason()).isEqualTo("admission typed wrong");
        assertThat(correction.effectiveOn()).isNull();
        assertThat(correction.changes())
                .containsExactly(new AuditResource.FieldChangeView("admittedOn", "2024-04-02", "2024-04-01"));
        assertThat(correction.at().toString()).isEqualTo("2024-05-01T10:00+08:00");
        assertThat(correction.withdrawal()).isFalse();

        var change = AuditResource.EventView.of(
                new AuditEvent(
                        AT,
                        "admin",
                        "CHANGE_HUKOU",
                        "Resident",
                        7L,
                        null,
                        null,
                        LocalDate.of(2024, 5, 1),
                        List.of(FieldChange.of("hukouCode", "511102", null))) {
                    @Override
                    public Long getId() {
                        return 1L;
                    }
                });
        assertThat(change.kind()).isEqualTo("CHANGE");
        assertThat(change.effectiveOn()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(change.changes().get(0).after()).isNull();

        var withdrawal = AuditResource.EventView.of(
                new AuditEvent(AT, "a", "WITHDRAW_ABSENCE", "Absence", 9L, null, "never away", null, List.of()) {
                    @Override
                    public Long getId() {
                        return 1L;
                    }
                });
        assertThat(withdrawal.withdrawal()).isTrue();
        var plain = AuditResource.EventView.of(new AuditEvent(AT, "a", "ADMITTED", "Stay", 1L, "bed 1") {
            @Override
            public Long getId() {
                return 1L;
            }
        });
        assertThat(plain.kind()).isNull();
        assertThat(plain.changes()).isEmpty();
    }

    @Test
    @DisplayName("ids are whole numbers from 1, booleans true or false; anything else 400 naming the field")
    void parameters() {
        assertThat(AuditResource.id(null, "entityId")).isNull();
        assertThat(AuditResource.id(" 42 ", "entityId")).isEqualTo(42L);
        for (String bad : new String[] {"0", "-1", "abc", "1.5", "9".repeat(20)}) {
            assertThatThrownBy(() -> AuditResource.id(bad, "entityId"))
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.code()).isEqualTo("INVALID_NUMBER");
                        assertThat(e.field()).isEqualTo("entityId");
                    });
        }
        assertThat(AuditResource.bool(null, "includeRelated")).isFalse();
        assertThat(AuditResource.bool("true", "includeRelated")).isTrue();
        assertThat(AuditResource.bool("false", "includeRelated")).isFalse();
        assertThatThrownBy(() -> AuditResource.bool("yes", "includeRelated"))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("INVALID_BOOLEAN"));
    }

    @Test
    @DisplayName("CSV cells: quoted when they hold a comma, quote or line break; a formula defused")
    void csvCells() {
        assertThat(AuditResource.Csv.cell(null)).isEmpty();
        assertThat(AuditResource.Csv.cell("plain")).isEqualTo("plain");
        assertThat(AuditResource.Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditResource.Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditResource.Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(AuditResource.Csv.line("a", null, "c")).isEqualTo("a,,c\r\n");
    }
}
