package com.jialicare.domain.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.shared.BusinessException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyTableTest {

    /** Given out of order on purpose, and numbered against the dates (a late correction is version 3). */
    private final PolicyTable table = PolicyTable.of(
            PolicyVersionBuilder.version(2, "2023-07-01").build(),
            PolicyVersionBuilder.version(1, "2021-01-01").build(),
            PolicyVersionBuilder.version(3, "2022-03-15").build());

    @ParameterizedTest(name = "{0} → version {1}")
    @CsvSource({"2021-01-01, 1", "2022-03-14, 1", "2022-03-15, 3", "2023-06-30, 3", "2023-07-01, 2", "2099-12-31, 2"})
    @DisplayName("The version in force on a day is the one with the latest effectiveFrom on or before it")
    void inForceOn(LocalDate day, int version) {
        assertThat(table.inForceOn(day).version()).isEqualTo(version);
        assertThat(table.findInForceOn(day)).map(PolicyVersion::version).contains(version);
    }

    @Test
    @DisplayName("A day before every version is a 400 NO_POLICY_IN_FORCE (and findInForceOn is empty)")
    void beforeEveryVersion() {
        LocalDate day = LocalDate.of(2020, 12, 31);

        assertThatThrownBy(() -> table.inForceOn(day, "asOf")).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.code()).isEqualTo("NO_POLICY_IN_FORCE");
            assertThat(e.field()).isEqualTo("asOf");
            assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
        });
        assertThat(table.findInForceOn(day)).isEmpty();
    }

    @Test
    @DisplayName("versions() lists every version newest first (GET /api/policies)")
    void newestFirst() {
        assertThat(table.versions()).extracting(PolicyVersion::version).containsExactly(2, 3, 1);
        assertThat(table.version(3)).map(PolicyVersion::effectiveFrom).contains(LocalDate.of(2022, 3, 15));
        assertThat(table.version(9)).isEmpty();
    }

    @Test
    @DisplayName("Two versions on one day are rejected: the day's policy would be ambiguous")
    void duplicateDate() {
        assertThatThrownBy(() -> PolicyTable.of(
                        PolicyVersionBuilder.version(1, "2021-01-01").build(),
                        PolicyVersionBuilder.version(2, "2021-01-01").build()))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("POLICY_INVALID");
                    assertThat(e.field()).isEqualTo("effectiveFrom");
                });
    }

    @Test
    @DisplayName("Two versions with one number are rejected: each line names its version")
    void duplicateNumber() {
        assertThatThrownBy(() -> PolicyTable.of(
                        PolicyVersionBuilder.version(1, "2021-01-01").build(),
                        PolicyVersionBuilder.version(1, "2022-01-01").build()))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("POLICY_INVALID");
                    assertThat(e.field()).isEqualTo("version");
                });
    }

    @Test
    @DisplayName("An empty table is rejected")
    void empty() {
        assertThatThrownBy(() -> new PolicyTable(List.of()))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("POLICY_INVALID"));
    }
}
