package com.jialicare.domain.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jialicare.domain.model.shared.Ownership;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyVersionRecordTest {

    private static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");

    @Test
    @DisplayName("A stored version reads back equal to the one stored, with who added it and when")
    void roundTrip() {
        PolicyVersion v = PolicyVersionBuilder.version(4, "2025-07-01")
                .constructionRate("12500.50")
                .rates("110", "160.5", "210.25", "260", "333.33")
                .constructionOwnerships(Ownership.PRIVATE, Ownership.PRIVATE_RUN_PUBLIC_AIDED)
                .operatingOwnerships()
                .minOperatingMonths(18)
                .minLeaseYears(3)
                .bedPolicyStartDate("2022-01-01")
                .localHukouPrefix("511102")
                .minAge(65)
                .minStayMonths(3)
                .minDaysPresent(20)
                .noticeDays(10)
                .constructionHoldMonths(36)
                .constructionClawback(ClawbackMode.FULL)
                .build();

        PolicyVersionRecord record = new PolicyVersionRecord(v, NOW, "admin");

        assertThat(record.toPolicyVersion()).isEqualTo(v);
        assertThat(record.getVersionNo()).isEqualTo(4);
        assertThat(record.getEffectiveFrom()).isEqualTo(v.effectiveFrom());
        assertThat(record.getCreatedAt()).isEqualTo(NOW);
        assertThat(record.getCreatedBy()).isEqualTo("admin");
    }

    @Test
    @DisplayName("The defaults survive the round trip (migration V3 stores them as version 1)")
    void defaultsRoundTrip() {
        assertThat(new PolicyVersionRecord(PolicyVersion.defaults(), NOW, "system").toPolicyVersion())
                .isEqualTo(PolicyVersion.defaults());
    }

    @Test
    @DisplayName("Ownerships are stored in the enum's order, comma-separated, as migration V3 writes the defaults")
    void formatOwnerships() {
        assertThat(PolicyVersionRecord.formatOwnerships(List.of(
                        Ownership.PRIVATE_RUN_PUBLIC_AIDED,
                        Ownership.PRIVATE,
                        Ownership.PUBLIC_BUILT_PRIVATE_RUN,
                        Ownership.PRIVATE)))
                .isEqualTo("PRIVATE,PUBLIC_BUILT_PRIVATE_RUN,PRIVATE_RUN_PUBLIC_AIDED");
        assertThat(PolicyVersionRecord.formatOwnerships(PolicyVersion.defaults().constructionOwnerships()))
                .isEqualTo("PRIVATE");
    }

    @Test
    @DisplayName("An empty ownership set (a suspended subsidy) is stored as an empty string and read back empty")
    void emptyOwnerships() {
        assertThat(PolicyVersionRecord.formatOwnerships(Set.of())).isEmpty();
        assertThat(PolicyVersionRecord.parseOwnerships("")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(
            delimiter = ';',
            value = {"PRIVATE;1", "PRIVATE,PUBLIC;2", "PUBLIC, PRIVATE ,PUBLIC;2"})
    @DisplayName("Stored ownership lists are read into sets")
    void parseOwnerships(String stored, int size) {
        assertThat(PolicyVersionRecord.parseOwnerships(stored))
                .hasSize(size)
                .isSubsetOf(EnumSet.allOf(Ownership.class));
    }

    @Test
    @DisplayName("An ownership name the code does not know is corrupt data and fails loudly")
    void unknownOwnership() {
        assertThatThrownBy(() -> PolicyVersionRecord.parseOwnerships("PRIVATE,STATE_OWNED"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
